#!/usr/bin/python3
"""coop audit on a clean history of a few hundred commits made by the real
commands, closed periods included: no finding, exit 0."""
import time

from auditlib import Books, check, finish, findings

B = Books(members=("alice", "bob", "carol", "dave"))
members = ["alice", "bob", "carol", "dave"]
commits = 0
months = ["2026-06", "2026-07", "2026-08", "2026-09"]
for month in months:
    ids = {}
    B.as_user("alice")
    B.coop_ok("revenue", "add", "900", "--party", "ACME", "--date", f"{month}-02", "--commit")
    commits += 1
    for h in members:
        B.as_user(h)
        ids[h] = []
        for day in range(3, 21):
            ids[h].append(B.coop_ok("log", "1h30m", f"Work of {h} on day {day}", "--date",
                                    f"{month}-{day:02}", "--commit").strip())
            commits += 1
    for i, h in enumerate(members):
        B.as_user(h)
        other = members[(i + 1) % len(members)]
        for cid in ids[other][:3]:
            B.coop_ok("review", cid, "4", "--date", f"{month}-25", "--commit")
            commits += 1
    if month != months[-1]:
        B.as_user("alice")
        B.coop_ok("close", month, "--commit")
        commits += 1
# An allowed edit: bob fixes his own unreviewed entry (the last) of the open period.
B.as_user("bob")
text = B.read("contributions/2026/09/bob.yaml")
B.write("contributions/2026/09/bob.yaml", "time: 2h".join(text.rsplit("time: 1h30m", 1)))
B.commit("fix my time", "bob", "contributions/2026/09/bob.yaml")
commits += 1

t0 = time.time()
status, report = B.audit()
took = time.time() - t0
check(status == 0 and not findings(report), f"no finding ({findings(report)[:3]})")
check(report["commits"] >= commits, f"every commit is checked ({report['commits']} >= {commits})")
check(len(report["edits"]) == 1 and report["edits"][0]["author"] == "bob@example.org",
      f"the one edit is listed ({report['edits']})")
check(took < 10, f"in seconds ({took:.2f} s for {report['commits']} commits)")
p = B.run("audit", "-q")
check(p.returncode == 0 and p.stdout == "", f"-q on a clean history prints nothing ({p.stdout!r})")
p = B.run("audit", "--format", "markdown")
check(p.returncode == 0 and p.stdout.startswith("## coop audit\n"), "markdown")
p = B.run("validate")
check(p.returncode == 0, f"the ledger with three closed months is valid ({p.stderr[-300:]})")
B.close()
finish()
