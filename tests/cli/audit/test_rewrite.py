#!/usr/bin/python3
"""coop audit, O4: after a force-rewritten history, a committed statement no
longer matches the ledger it sits in, nor names a commit of its history."""
from auditlib import Books, check, expect, finish, findings

B = Books()
B.as_user("alice")
B.coop_ok("revenue", "add", "1000", "--party", "ACME", "--date", "2026-10-01", "--commit")
a1 = B.log("alice", "2h", "Alice's work", "2026-10-03")
before_alice = B.git("rev-parse", "HEAD~1").strip()
bob_log = B.log("bob", "2h", "Bob's work", "2026-10-04")
bob_commit = B.head()
B.coop_ok("close", "2026-10", "--commit")
closing_commit = B.head()
computed_from = bob_commit
status, report = B.audit()
check(status == 0, f"the history is clean before the rewrite ({report['findings']})")

# Rewrite: alice's entry gets more time in the commit that logged it, and the
# later commits (bob's log and the statement) are replayed on top.
B.git("reset", "-q", "--hard", before_alice)
B.write("contributions/2026/10/alice.yaml", f"member: alice\nentries:\n  - id: {a1}\n"
        "    date: 2026-10-03\n    time: 6h\n    kind: code\n    summary: Alice's work\n")
B.commit("alice's work", "alice", "contributions/2026/10/alice.yaml")
B.git("-c", "user.email=bob@example.org", "cherry-pick", bob_commit)
B.git("-c", "user.email=alice@example.org", "cherry-pick", closing_commit)
replayed = B.head()

status, report = B.audit()
check(status == 1, f"exit 1 (got {status})")
expect(report, "O4", "payouts/2026-10.yaml",
       f"computed from {computed_from[:7]}, which is not in this commit's history",
       "the statement names a commit the history lost", replayed)
expect(report, "O4", "payouts/2026-10.yaml",
       "does not match the ledger at this commit: alice minutes is 120 in the statement, 360 "
       "recomputed", "alice's minutes", replayed)
expect(report, "O4", "payouts/2026-10.yaml",
       "does not match the ledger at this commit: alice paid is 450.00 in the statement, "
       "675.00 recomputed", "alice's pay", replayed)
check(all(f["rule"] == "O4" and f["commit"] == replayed for f in findings(report)),
      f"only the replayed statement is reported ({findings(report)})")
# coop payout --check sees it too.
p = B.run("payout", "--check", "payouts/2026-10.yaml")
check(p.returncode == 1, "payout --check fails on it")
B.close()
finish()
