#!/usr/bin/python3
"""coop audit, O1: who may change which file."""
from auditlib import Books, check, expect, finish, findings

B = Books()
c1 = B.log("alice", "2h", "Alice's work", "2026-10-03")
B.log("bob", "1h", "Bob's work", "2026-10-04")
status, report = B.audit()
check(status == 0 and not findings(report), f"a clean start has no finding ({report['findings']})")

# alice's file changed in a commit authored by bob.
B.write("contributions/2026/10/alice.yaml",
        B.read("contributions/2026/10/alice.yaml").replace("time: 2h", "time: 5h"))
bad1 = B.commit("more time for alice", "bob", "contributions/2026/10/alice.yaml")
# A revenue entry in alice's revenue file, committed by bob (written as alice).
B.coop_ok("revenue", "add", "100", "--party", "ACME", "--date", "2026-10-10")
bad2 = B.commit("revenue", "bob", "revenue/2026/10/alice.yaml")
# bob books revenue in a file of his own, but he is not a treasurer.
B.write("revenue/2026/10/bob.yaml", "treasurer: bob\nentries:\n  - id: rev-20261011-tip\n"
        "    date: 2026-10-11\n    type: income\n    amount: \"5.00\"\n    party: Tip\n")
bad2b = B.commit("bob's revenue", "bob", "revenue/2026/10/bob.yaml")
# coop.yaml changed by carol without a proposal.
B.write("coop.yaml", B.read("coop.yaml").replace("reserve: 10%", "reserve: 5%"))
bad3 = B.commit("less reserve", "carol", "coop.yaml")
# bob's member file changed by carol.
B.write("members/bob.yaml", B.read("members/bob.yaml").replace("name: Bob", "name: Robert"))
bad4 = B.commit("rename bob", "carol", "members/bob.yaml")
# bob makes himself a treasurer.
B.write("members/bob.yaml", B.read("members/bob.yaml").replace("roles: []", "roles: [treasurer]"))
bad5 = B.commit("bob treasurer", "bob", "members/bob.yaml")
# Someone who is no member writes carol's reviews.
B.write("reviews/2026/10/carol.yaml", f"reviewer: carol\nentries:\n  - contribution: {c1}\n"
        "    date: 2026-10-05\n    score: 4\n")
bad6 = B.commit("review", "mallory", "reviews/2026/10/carol.yaml")

# Allowed: bob changes his own name; carol proposes, which is hers to write.
B.write("members/bob.yaml", B.read("members/bob.yaml").replace("name: Robert", "name: Bob"))
B.commit("bob's own name", "bob", "members/bob.yaml")
# A new member joins by their own commit.
B.as_user("dave")
B.coop_ok("member", "add", "dave", "--name", "Dave", "--email", "dave@example.org", "--joined",
          "2026-01-01", "--commit")
B.as_user("carol")
pid = B.coop_ok("propose", "--policy", "distribution.reserve=12%", "--title", "Twelve",
                "--date", "2026-10-06", "--commit").strip()
# A proposal is its proposer's: bob edits carol's.
ppath = f"proposals/2026/{pid}.yaml"
B.write(ppath, B.read(ppath).replace("title: Twelve", "title: Thirteen"))
bad7 = B.commit("retitle", "bob", ppath)
B.as_user("alice")

status, report = B.audit()
check(status == 1, f"findings: exit 1 (got {status})")
expect(report, "O1", "contributions/2026/10/alice.yaml",
       "changed by bob@example.org (bob), but the file is alice's", "alice's file by bob", bad1)
expect(report, "O1", "revenue/2026/10/alice.yaml",
       "changed by bob@example.org (bob), but the file is alice's", "alice's revenue by bob", bad2)
expect(report, "O1", "revenue/2026/10/bob.yaml",
       "changed by bob@example.org (bob), who is not a treasurer", "revenue by bob", bad2b)
expect(report, "O6", "coop.yaml",
       "carol@example.org (carol) changed coop.yaml without a passed proposal (no Coop-Proposal "
       "trailer); the policy is changed by proposal: coop propose --policy KEY=VALUE, then coop "
       "enact", "coop.yaml by carol", bad3)
expect(report, "O1", "members/bob.yaml",
       "changed by carol@example.org (carol), but the file is bob's",
       "bob's member file by carol", bad4)
expect(report, "O6", "members/bob.yaml",
       "bob@example.org (bob) changed bob's roles from none to treasurer without a passed "
       "proposal (no Coop-Proposal trailer); roles are granted by proposal: coop propose --roles "
       "bob=treasurer, then coop enact", "bob's own roles", bad5)
expect(report, "O1", ppath, "changed by bob@example.org (bob), but the proposal is carol's",
       "carol's proposal by bob", bad7)
expect(report, "O1", "reviews/2026/10/carol.yaml",
       "changed by mallory@example.org (not a member), but the file is carol's",
       "carol's reviews by a stranger", bad6)
check(len(findings(report)) == 8, f"nothing else is reported ({len(findings(report))} findings)")
edits = [(e["entry"], e["change"], e["fields"]) for e in report["edits"]]
check(edits[0][0].startswith("alice-20261003-") and edits[0][1] == "changed" and
      edits[0][2] == [{"field": "time", "before": "2h", "after": "5h"}],
      f"the edit is listed field by field ({edits[:1]})")

# The table format carries the same text.
p = B.run("audit")
check(p.returncode == 1 and
      f"{bad1[:7]}" in p.stdout and
      "O1 contributions/2026/10/alice.yaml: changed by bob@example.org (bob), but the file is "
      "alice's" in p.stdout, f"the table shows the finding ({p.stdout[:400]})")
# --since: only the commits after it.
status, report = B.audit("--since", bad5)
check(status == 1 and [f["commit"] for f in findings(report)] == [bad6, bad7],
      f"--since REV audits only the later commits ({findings(report)})")
p = B.run("audit", "--since", "no-such-rev")
check(p.returncode == 2 and "'no-such-rev' names no commit" in p.stderr,
      f"--since with an unknown revision: exit 2 ({p.stderr.strip()})")
p = B.run("audit", "--format", "csv")
check(p.returncode == 2, "audit has no csv format")
B.close()
finish()
