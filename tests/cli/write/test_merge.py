#!/usr/bin/python3
"""Two clones each log and review, then merge: no conflict, a valid ledger."""
import os
import subprocess

import writelib
from writelib import Ledger, check, finish

L = Ledger()
L.add_member("alice", "--role", "treasurer")
L.add_member("bob")
L.add_member("carol")
base = L.coop_ok("log", "1h", "Base work", "--date", "2026-11-02", "--as", "carol").strip()
L.git("add", "-A")
L.git("commit", "-qm", "the rest of init")


def clone(name, email):
    path = os.path.join(L.tmp, name)
    subprocess.run(["git", "clone", "-q", L.root, path], check=True, env=writelib.env())
    L.git("config", "user.email", email, cwd=path)
    L.git("config", "user.name", name, cwd=path)
    return path


a = clone("alice-clone", "alice@example.org")
b = clone("bob-clone", "bob@example.org")
a_id = L.coop_ok("log", "2h", "Alice's work", "--date", "2026-11-03", "--commit", cwd=a).strip()
b_id = L.coop_ok("log", "3h", "Bob's work", "--date", "2026-11-03", "--commit", cwd=b).strip()
L.coop_ok("review", base, "4", "--date", "2026-11-04", "--commit", cwd=b)
L.coop_ok("review", base, "5", "--date", "2026-11-04", "--commit", cwd=a)
L.coop_ok("revenue", "add", "100", "--party", "Client", "--date", "2026-11-05", "--commit", cwd=a)
check(a_id.startswith("alice-") and b_id.startswith("bob-"), "each clone logs as its own member")

L.git("pull", "-q", "--no-rebase", "--no-edit", b, "main", cwd=a)
status = L.git("status", "--porcelain", cwd=a)
check(status == "", f"the merge has no conflict ({status!r})")
p = L.run("validate", cwd=a)
check(p.returncode == 0, f"the merged ledger is valid ({p.stdout.strip()} {p.stderr.strip()[:300]})")
check("3 contributions, 2 reviews, 1 revenue entry" in p.stdout, p.stdout.strip())
# After the merge each can review the other's work, and merge back again.
L.coop_ok("review", b_id, "4", "--date", "2026-11-06", "--commit", cwd=a)
L.git("pull", "-q", "--no-rebase", "--no-edit", a, "main", cwd=b)
L.coop_ok("review", a_id, "3", "--date", "2026-11-06", "--commit", cwd=b)
L.git("pull", "-q", "--no-rebase", "--no-edit", b, "main", cwd=a)
check(L.git("status", "--porcelain", cwd=a) == "", "merged back without conflict")
p = L.run("validate", cwd=a)
check(p.returncode == 0 and "4 reviews" in p.stdout, f"valid with 4 reviews ({p.stdout.strip()})")
L.close()
finish()
