#!/usr/bin/python3
"""coop hook install: a pre-commit hook that blocks a commit of an invalid ledger."""
import os
import subprocess

from auditlib import Books, check, env, finish

B = Books(subdir="books")
hook = os.path.join(B.top, ".git", "hooks", "pre-commit")
out = B.coop_ok("hook", "install")
check(out.strip() == f"installed {hook}", f"says where ({out.strip()})")
check(os.access(hook, os.X_OK), "the hook is executable")
with open(hook) as f:
    text = f.read()
check("-C 'books' validate -q" in text, f"it validates the ledger's folder ({text})")


def git_commit(message):
    return subprocess.run(["git", "commit", "-q", "-m", message], cwd=B.root, env=env(),
                          capture_output=True, text=True)


B.write("contributions/2026/10/alice.yaml", "member: alice\nentries:\n  - id: alice-20261003-abcd\n"
        "    date: 2026-10-03\n    time: 2\n    kind: code\n    summary: Bad time\n")
B.git("add", "contributions/2026/10/alice.yaml")
p = git_commit("an invalid entry")
check(p.returncode != 0 and "write 2h" in p.stderr,
      f"the hook blocks the commit of an invalid file ({p.stderr.strip()[:300]})")
check(B.git("log", "-1", "--format=%s").strip() != "an invalid entry", "no commit was made")
B.write("contributions/2026/10/alice.yaml",
        B.read("contributions/2026/10/alice.yaml").replace("time: 2\n", "time: 2h\n"))
B.git("add", "contributions/2026/10/alice.yaml")
p = git_commit("a valid entry")
check(p.returncode == 0, f"a valid ledger commits ({p.stderr.strip()})")

out = B.coop_ok("hook", "install")
check(out.strip() == f"replaced {hook}", "installing again replaces coop's own hook")
with open(hook, "w") as f:
    f.write("#!/bin/sh\necho mine\n")
p = B.run("hook", "install")
check(p.returncode == 2 and "is a hook coop did not write" in p.stderr,
      f"a foreign hook is kept ({p.stderr.strip()})")
with open(hook) as f:
    check(f.read() == "#!/bin/sh\necho mine\n", "...untouched")
p = B.run("hook", "install", "--force")
check(p.returncode == 0, "--force replaces it")
with open(hook) as f:
    check("coop pre-commit hook" in f.read(), "...with coop's")
# core.hooksPath is honoured.
B.git("config", "core.hooksPath", ".githooks")
out = B.coop_ok("hook", "install")
check(os.path.exists(os.path.join(B.top, ".githooks", "pre-commit")),
      f"core.hooksPath: the hook goes there ({out.strip()})")
B.close()
finish()
