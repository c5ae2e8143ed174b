#!/usr/bin/python3
"""coop init: the genesis commit (its author, message and exact tree), the
founding member and first treasurer from git's identity, the next steps it
prints, a teammate's clone that reads the ledger and joins it; without
--founder; without a git identity; inside an existing repository."""
import os
import re
import subprocess

import writelib
from writelib import Ledger, check, finish

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
SCHEMAS = [f"schema/{name}" for name in os.listdir(os.path.join(SOURCE, "schema"))]
SKELETON = sorted([".github/workflows/coop.yml", "coop.yaml", "contributions/.gitkeep",
                   "members/.gitkeep", "payouts/.gitkeep", "revenue/.gitkeep", "reviews/.gitkeep",
                   *SCHEMAS])
TODAY = writelib.date.today().isoformat()


def tree(ledger, rev="HEAD"):
    return sorted(ledger.git("ls-tree", "-r", "--name-only", rev).split())


# With a founder, in a new repository (coop makes it): git's identity from
# the user's global configuration.
L = Ledger(init=False)
home = os.path.join(L.tmp, "home")
os.makedirs(home)
with open(os.path.join(home, ".gitconfig"), "w") as f:
    f.write("[user]\n\tname = Alice Martin\n\temail = alice@example.org\n")
p = L.run("init", L.root, "--founder", "alice", "--name", "Starfish Books", cwd=L.tmp,
          extra_env={"HOME": home})
L.git("config", "user.email", "alice@example.org")
L.git("config", "user.name", "Alice Martin")
check(p.returncode == 0, f"init --founder: exit 0 ({p.stderr.strip()})")
log = L.git("log", "--format=%an <%ae>|%s|%b").strip()
check(log == "Alice Martin <alice@example.org>|coop init: Starfish Books|Founding member and "
      "first treasurer: alice (Alice Martin <alice@example.org>).",
      f"one commit, by git's user, saying what it is ({log!r})")
check(tree(L) == sorted(SKELETON + ["members/alice.yaml"]),
      f"the genesis holds exactly the ledger's files ({tree(L)})")
check(L.git("status", "--porcelain") == "", "nothing is left uncommitted")
check(L.read("members/alice.yaml") ==
      "# yaml-language-server: $schema=../schema/member.schema.json\n"
      f"handle: alice\nname: Alice Martin\nemails: [alice@example.org]\njoined: {TODAY}\n"
      "left: null\nroles: [treasurer]\nkeys: []\n",
      "the founder's member file: git's name and e-mail, joined today, treasurer")
head = L.git("rev-parse", "--short=12", "HEAD").strip()
expected = f"""\
Initialized a coop ledger in {L.root}
Committed the genesis {head} on branch main: {len(SKELETON) + 1} files, with alice (Alice Martin <alice@example.org>) as founding member and first treasurer.

Next steps:
  Publish it:        git remote add origin URL && git push -u origin main
  Log your work:     coop log 2h "What you did" --commit
  Others join from their own clone (their git identity is who they are):
                     coop member add HANDLE --name "Their Name" --email THEIR@EMAIL --commit
                     then push, or open a pull request
  Every push and pull request is checked by .github/workflows/coop.yml.
"""
check(p.stdout == expected, f"the next steps, exactly ({p.stdout!r})")
ok, text = L.valid()
check(ok and text.startswith("ok: 2 files, 1 member,"), f"the new ledger validates ({text.strip()})")

# The founder logs work; a teammate clones, reads the ledger, joins, reviews.
cid = L.coop_ok("log", "2h", "Set up the books", "--date", TODAY, "--commit").strip()
T = Ledger(init=False)
subprocess.run(["git", "clone", "-q", L.root, T.root], check=True, env=writelib.env(),
               capture_output=True)
T.git("config", "user.email", "bob@example.org")
T.git("config", "user.name", "Bob Stone")
ok, text = T.valid()
check(ok and "1 member," in text and "1 contribution," in text,
      f"a second clone reads the ledger ({text.strip()})")
listing = T.coop_ok("member", "list")
check(re.search(r"^alice\s+Alice Martin\s+active", listing, re.M) is not None and
      "treasurer" in listing, f"the clone lists the founder as treasurer ({listing!r})")
T.coop_ok("member", "add", "bob", "--name", "Bob Stone", "--email", "bob@example.org",
          "--commit")
T.coop_ok("review", cid, "4", "--commit")
ok, text = T.valid()
check(ok and "2 members," in text, f"the teammate joined and reviewed ({text.strip()})")
T.close()

refused = L.run("init", L.root, cwd=L.tmp)
check(refused.returncode == 2 and "already holds a coop ledger" in refused.stderr,
      "a second init is refused")
L.close()

# Without --founder: still the genesis, and the text says how to join.
N = Ledger(init=False)
N.init_repository("carol@example.org", "Carol Diaz")
p = N.run("init", N.root, cwd=N.tmp)
check(p.returncode == 0 and tree(N) == SKELETON, f"no founder: the skeleton only ({tree(N)})")
check("coop member add HANDLE --name \"Your Name\" --email YOUR@EMAIL --commit" in p.stdout and
      "with alice" not in p.stdout, f"no founder: says how to join ({p.stdout!r})")
check(N.git("log", "--format=%ae|%s").strip() == "carol@example.org|coop init: books",
      "no founder: the genesis, named after the folder")
N.close()

# No git identity: refused before anything is written.
X = Ledger(init=False)
p = X.run("init", X.root, "--founder", "zoe", cwd=X.tmp)
check(p.returncode == 2 and "git does not know who you are" in p.stderr,
      f"no identity: exit 2, says what to set ({p.stderr.strip()})")
check(not os.path.exists(X.root), "no identity: nothing written")
p = X.run("init", X.root, "--founder", "Zoe", cwd=X.tmp)
check(p.returncode == 2 and "'Zoe' is not a valid handle" in p.stderr and
      not os.path.exists(X.root), f"a bad founder handle: exit 2 ({p.stderr.strip()})")
X.close()

# Inside an existing repository, with other work staged: only the ledger's
# files are committed, in a subfolder, on that repository's branch.
S = Ledger(init=False)
S.init_repository("dave@example.org", "Dave Mensah")
S.git("checkout", "-q", "-b", "books")
S.write("README", "the company\n")
S.git("add", "README")
S.git("commit", "-q", "-m", "first")
S.write("notes.txt", "staged\n")
S.git("add", "notes.txt")
p = S.run("init", "ledger", "--founder", "dave")
check(p.returncode == 0 and "on branch books" in p.stdout, f"in a subfolder ({p.stdout!r})")
check(S.git("show", "--name-only", "--format=", "HEAD").split() ==
      sorted(f"ledger/{f}" for f in SKELETON + ["members/dave.yaml"]),
      "the commit holds the ledger's files, and only them")
check(S.git("diff", "--cached", "--name-only").split() == ["notes.txt"],
      "the user's staged work is still staged")
workflow = S.read("ledger/.github/workflows/coop.yml")
check("    branches: [books]\n" in workflow, "the workflow runs on the repository's branch")
S.close()
finish()
