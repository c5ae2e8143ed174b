#!/usr/bin/python3
"""--commit: exactly one file, the user's identity, the message; the user's
other staged changes stay staged; a command commits only into the
committer's own files. (coop init's genesis commit is made on an unborn HEAD:
tests/cli/write/test_init.py.)"""
from writelib import Ledger, check, finish

L = Ledger(init=False)
L.init_repository()
L.coop_ok("init", L.root, "-q", "--founder", "alice", cwd=L.tmp)  # the genesis, alice treasurer
# The founder joined today; the entries below are of 2026.
founder = L.read("members/alice.yaml")
L.write("members/alice.yaml", "\n".join(
    "joined: 2026-01-01" if line.startswith("joined:") else line for line in founder.split("\n")))
L.git("commit", "-qam", "alice: joined in January")


def as_user(email, name):
    L.git("config", "user.email", email)
    L.git("config", "user.name", name)


# Bob joins in his own clone: the commit is his, and holds his file alone.
as_user("bob@example.org", "Bob")
out = L.run("member", "add", "bob", "--name", "Bob", "--email", "bob@example.org", "--joined",
            "2026-01-01", "--commit")
check(out.returncode == 0, f"member add --commit ({out.stderr.strip()})")
check(L.git("log", "-1", "--format=%an <%ae>|%s").strip() == "Bob <bob@example.org>|member add: bob",
      "the commit: author and message")
check(L.git("show", "--name-only", "--format=", "HEAD").split() == ["members/bob.yaml"],
      "it holds exactly members/bob.yaml")
as_user("alice@example.org", "Alice Martin")
# Nobody joins for somebody else.
head = L.git("rev-parse", "HEAD")
p = L.run("member", "add", "carol", "--name", "Carol", "--email", "carol@example.org", "--commit")
check(p.returncode == 2 and p.stderr == "coop: error: you commit as alice@example.org, which is not "
      "among carol's --email addresses; a member joins by their own commit (set git config "
      "user.email, or leave out --commit)\n" and L.git("rev-parse", "HEAD") == head
      and not L.git("status", "--porcelain", "--untracked-files=all", "members/"),
      f"member add for someone else --commit: refused, nothing written ({p.stderr.strip()})")

# The user has other work staged, and unstaged, and untracked.
L.write("coop.yaml", L.read("coop.yaml") + "# a staged edit\n")
L.write("staged.txt", "staged\n")
L.git("add", "coop.yaml", "staged.txt")
L.write("notes.txt", "scratch\n")
with open(L.path("coop.yaml"), "a") as f:
    f.write("# an unstaged edit\n")
staged_before = L.git("diff", "--cached", "--name-only").split()

cid = L.coop_ok("log", "2h30m", "Fix the checkout flow", "--date", "2026-11-03", "--commit").strip()
check(L.git("log", "-1", "--format=%an <%ae>|%s").strip() ==
      'Alice Martin <alice@example.org>|log: alice 2h30m "Fix the checkout flow"', "log commit message")
check(L.git("show", "--name-only", "--format=", "HEAD").split() == ["contributions/2026/11/alice.yaml"],
      "log --commit changes exactly one file")
check(L.git("diff", "--cached", "--name-only").split() == staged_before,
      "the user's staged changes are still staged, and only they")
status = L.git("status", "--porcelain")
check("contributions/2026/11/alice.yaml" not in status, f"git status is clean for the file ({status!r})")
check("MM coop.yaml" in status.splitlines(),
      "the unstaged edit is still unstaged")
check("?? notes.txt" in status, "untracked files untouched")
check(L.git("show", "HEAD:contributions/2026/11/alice.yaml") == L.read("contributions/2026/11/alice.yaml"),
      "the committed content is the file's")

# --as (or COOP_MEMBER) does not make alice's commit bob's: refused, nothing written.
before = L.fingerprint()
for how in (["--as", "bob"], []):
    p = L.run("review", cid, "4", "--date", "2026-11-05", "--commit", *how,
              extra_env=None if how else {"COOP_MEMBER": "bob"})
    check(p.returncode == 2 and p.stderr == "coop: error: you commit as alice@example.org (alice); "
          "reviews/2026/11/bob.yaml is bob's: a command commits only into the committer's own "
          "files (run it in bob's clone, or leave out --commit)\n" and L.fingerprint() == before,
          f"review {' '.join(how) or 'COOP_MEMBER=bob'} --commit as alice: refused ({p.stderr.strip()})")
as_user("bob@example.org", "Bob")
L.coop_ok("review", cid, "4", "--date", "2026-11-05", "--commit")
as_user("alice@example.org", "Alice Martin")
check(L.git("log", "-1", "--format=%s").strip() == f"review: bob 4 {cid}", "review commit message")
check(L.git("show", "--name-only", "--format=", "HEAD").split() == ["reviews/2026/11/bob.yaml"],
      "review --commit: one file")
L.coop_ok("revenue", "add", "1200", "--party", "ACME Corp", "--date", "2026-11-10", "--commit")
check(L.git("log", "-1", "--format=%s").strip() == "revenue: alice 1200.00 ACME Corp",
      "revenue commit message")
L.coop_ok("expense", "add", "80", "--party", "Hosting", "--date", "2026-11-11", "--commit")
check(L.git("log", "-1", "--format=%s").strip() == "expense: alice 80.00 Hosting",
      "expense commit message")
check(L.git("show", "--name-only", "--format=", "HEAD").split() == ["revenue/2026/11/alice.yaml"],
      "expense --commit: one file")
p = L.run("member", "leave", "bob", "--date", "2026-12-31", "--commit")
check(p.returncode == 2 and "members/bob.yaml is bob's" in p.stderr and
      "coop propose --remove bob --left 2026-12-31" in p.stderr,
      f"alice cannot commit bob's leaving: it is a proposal ({p.stderr.strip()})")
as_user("bob@example.org", "Bob")
L.coop_ok("member", "leave", "bob", "--date", "2026-12-31", "--commit")
as_user("alice@example.org", "Alice Martin")
check(L.git("log", "-1", "--format=%s").strip() == "member leave: bob 2026-12-31",
      "member leave commit message")
check(L.git("diff", "--cached", "--name-only").split() == staged_before,
      "after five commits the user's staged changes are still staged")
check(len(L.git("log", "--format=%H").split()) == 8, "the genesis and the edit, then six commits, one per command")

# A refused command commits nothing.
head = L.git("rev-parse", "HEAD")
p = L.run("log", "2", "Bare", "--commit")
check(p.returncode == 1 and L.git("rev-parse", "HEAD") == head, "a refusal commits nothing")
# --commit with no git identity: a clear error, exit 2.
L.git("config", "--unset", "user.name")
L.git("config", "--unset", "user.email")
p = L.run("log", "1h", "No identity", "--as", "alice", "--commit")
check(p.returncode == 2 and "git does not know who you are" in p.stderr,
      f"no git identity: exit 2 ({p.stderr.strip()})")
L.git("config", "user.name", "Alice Martin")
L.git("config", "user.email", "alice@example.org")
L.git("add", "-A")
L.git("commit", "-qm", "the rest")
ok, text = L.valid()
check(ok, f"valid ({text.strip()})")
L.close()
finish()
