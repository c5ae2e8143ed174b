#!/usr/bin/python3
"""coop audit, O2 and O4: a closed period's entries and statement stay as they were;
coop validate rejects the same changes in the working tree."""
import os
import shutil
import subprocess

from auditlib import Books, check, env, expect, finish, findings

B = Books()
a1 = B.log("alice", "2h", "Alice one", "2026-10-03")
a2 = B.log("alice", "1h", "Alice two", "2026-10-05")
b1 = B.log("bob", "3h", "Bob one", "2026-10-04")
B.review("bob", a1, 4, "2026-10-06")
# A branch forked before the close, with an entry dated in the period.
B.git("branch", "old-branch")
B.coop_ok("close", "2026-10", "--commit")
closing = B.head()
status, report = B.audit()
check(status == 0 and not findings(report), f"closing is clean ({report['findings']})")

# Without the computed-from commit (a shallow clone) or without git at all,
# validate checks the closed period against the statement alone.
shallow = os.path.join(B.tmp, "shallow")
subprocess.run(["git", "clone", "-q", "--depth", "1", "file://" + B.root, shallow], check=True,
               env=env(), capture_output=True)
nogit = os.path.join(B.tmp, "nogit")
shutil.copytree(B.root, nogit, ignore=shutil.ignore_patterns(".git"))
p = B.run("-C", shallow, "validate")
check(p.returncode == 0 and "payouts/2026-10.yaml:1:1: warning: its computed-from commit "
      f"{B.git('rev-parse', 'HEAD~1').strip()[:7]} is not in this repository (a shallow clone?); "
      "the period is checked against the statement alone" in p.stderr,
      f"a shallow clone: a warning ({p.stderr.strip()[:300]})")
for where in (shallow, nogit):
    path = os.path.join(where, "contributions/2026/10/alice.yaml")
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.replace("time: 2h", "time: 4h"))
    p = B.run("-C", where, "validate")
    check(p.returncode == 1 and "error: closed period 2026-10 no longer matches its statement: "
          "alice minutes is 180 in the statement, 300 recomputed" in p.stderr,
          f"{os.path.basename(where)}: a changed entry shows in the recomputation "
          f"({p.stderr.strip()[:400]})")

B.write("contributions/2026/10/alice.yaml",
        B.read("contributions/2026/10/alice.yaml").replace("time: 2h", "time: 4h"))
p = B.run("validate")
check(p.returncode == 1 and f"{a1} changed after 2026-10 was closed (payouts/2026-10.yaml exists): "
      "time 2h -> 4h" in p.stderr, f"validate rejects the edit before it is committed ({p.stderr[:300]})")
edited = B.commit("edit a closed entry", "alice", "contributions/2026/10/alice.yaml")

text = B.read("contributions/2026/10/alice.yaml")
start = text.index(f"  - id: {a2}")
B.write("contributions/2026/10/alice.yaml", text[:start])
removed = B.commit("remove a closed entry", "alice", "contributions/2026/10/alice.yaml")

# A review of a closed contribution, dated after the period (written by hand,
# as coop review refuses it).
B.write("reviews/2026/11/carol.yaml",
        f"reviewer: carol\nentries:\n  - contribution: {b1}\n    date: 2026-11-02\n    score: 5\n")
late_review = B.commit("late review", "carol", "reviews/2026/11/carol.yaml")

# The statement edited by hand.
st = B.read("payouts/2026-10.yaml")
B.write("payouts/2026-10.yaml", st.replace('reserve: 10%', 'reserve: 20%', 1))
hand = B.commit("tweak the statement", "alice", "payouts/2026-10.yaml")

# The old branch adds an entry to 2026-10 and is merged after the close.
B.git("checkout", "-q", "old-branch")
B.write("contributions/2026/10/carol.yaml", "member: carol\nentries:\n  - id: carol-20261020-abcd\n"
        "    date: 2026-10-20\n    time: 1h\n    kind: code\n    summary: Late\n")
B.commit("carol's work on an old branch", "carol", "contributions/2026/10/carol.yaml")
B.git("checkout", "-q", "main")
B.git("-c", "user.email=alice@example.org", "-c", "user.name=Alice", "merge", "-q", "--no-ff",
      "-m", "merge the old branch", "old-branch")
merge = B.head()

status, report = B.audit()
check(status == 1, f"exit 1 (got {status})")
expect(report, "O2", "contributions/2026/10/alice.yaml",
       f"{a1} dated 2026-10-03 changed after 2026-10 was closed", "an edited entry", edited)
expect(report, "O2", "contributions/2026/10/alice.yaml",
       f"{a2} dated 2026-10-05 removed after 2026-10 was closed", "a deleted entry", removed)
expect(report, "O2", "reviews/2026/11/carol.yaml",
       f"review:{b1}:carol of a contribution dated 2026-10-04 added after 2026-10 was closed",
       "a review of a closed contribution", late_review)
expect(report, "O2", "payouts/2026-10.yaml",
       "the statement of 2026-10 was changed after it was committed", "a statement edited by hand",
       hand)
# It is recomputed under the policy it records (20%), so the policy itself is
# no difference; its numbers, against the entries changed before it, are.
at_hand = [f["message"] for f in findings(report, "O4") if f["commit"] == hand]
check(at_hand and not any("policy" in m for m in at_hand),
      f"the edited statement is recomputed under the policy it records ({at_hand})")
expect(report, "O2", "contributions/2026/10/carol.yaml",
       "carol-20261020-abcd dated 2026-10-20 added after 2026-10 was closed",
       "a merge brings an entry into a closed period", merge)
check(report["merges"] == 1, "the merge is counted")
branch_findings = [f for f in findings(report) if f["path"] == "contributions/2026/10/carol.yaml"]
check(len(branch_findings) == 1, f"the branch's own commit (before the close) is not blamed "
      f"({branch_findings})")
removals = [e for e in report["edits"] if e["change"] == "removed"]
check(len(removals) == 1 and removals[0]["entry"] == a2 and
      {"field": "summary", "before": "Alice two", "after": None} in removals[0]["fields"],
      f"the removal is listed with its old values ({removals})")

p = B.run("validate")
check(p.returncode == 1 and f"{a2} was removed after 2026-10 was closed" in p.stderr and
      f"a review of {b1} written after 2026-10 was closed" in p.stderr and
      "carol-20261020-abcd is dated 2026-10-20, in 2026-10, which is closed" in p.stderr,
      f"validate rejects what the audit found ({p.stderr[:600]})")
# --since the closing tag: the close itself is not re-checked, the rest is.
status, report = B.audit("--since", "coop/2026-10")
check(status == 1 and all(f["commit"] != closing for f in findings(report)),
      "--since takes the tag")
B.close()
finish()
