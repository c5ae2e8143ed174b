#!/usr/bin/python3
"""coop monitor's backdating and bookers from a scripted git history: entries
committed long after their date or after their period's end are flagged with
the commit; a shallow clone, a ledger without git and coop.yaml thresholds."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "write"))
from writelib import Ledger, check, env, finish  # noqa: E402

L = Ledger()
L.add_member("alice", "--role", "treasurer")
L.add_member("bob")
L.add_member("carol")


def commit(when, who="alice", message="books"):
    extra = {"GIT_AUTHOR_NAME": who, "GIT_AUTHOR_EMAIL": f"{who}@example.org",
             "GIT_COMMITTER_NAME": who, "GIT_COMMITTER_EMAIL": f"{who}@example.org",
             "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "add", "-A"], cwd=L.root, env=env(), check=True)
    subprocess.run(["git", "commit", "-q", "-m", message], cwd=L.root, env=env(extra), check=True)
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=L.root, env=env(), check=True,
                          capture_output=True, text=True).stdout.strip()


def log(who, summary, date):
    return L.coop_ok("log", "1h", summary, "--as", who, "--date", date).strip()


commit("2026-09-01T10:00:00+00:00", message="members")
c1 = log("alice", "On time", "2026-10-03")
commit("2026-10-04T10:00:00+00:00")
c2 = log("bob", "Much later", "2026-10-05")
late = commit("2026-11-20T10:00:00+00:00", "bob")
c3 = log("carol", "Just after the month", "2026-10-30")
# 23:30 in UTC-2 on the 31st is already 1 November in UTC, but not where carol is
commit("2026-10-31T23:30:00-02:00", "carol")
c4 = log("carol", "After midnight", "2026-10-31")
after = commit("2026-11-01T00:30:00+01:00", "carol")
L.coop_ok("review", c1, "4", "--as", "bob", "--date", "2026-10-06")
commit("2026-11-05T10:00:00+00:00", "bob")  # 30 days: not more than 30
L.coop_ok("review", c2, "4", "--as", "carol", "--date", "2026-10-07")
review_late = commit("2026-11-20T11:00:00+00:00", "carol")
L.coop_ok("revenue", "add", "300.00", "--party", "Acme", "--connector", "alice", "--date",
          "2026-10-10", "--as", "alice")
commit("2026-10-11T10:00:00+00:00", "alice")
c5 = log("alice", "Not committed yet", "2026-10-15")


def monitor(*args, root=None):
    p = subprocess.run([os.environ.get("COOP_BIN", sys.argv[1]), "-C", root or L.root, "monitor",
                        "--period", "2026-10", *args], capture_output=True, text=True, env=env())
    return p


p = monitor("--format", "json")
check(p.returncode == 0, f"monitor --format json exits 0 ({p.stderr[:300]})")
r = json.loads(p.stdout)
b = r["backdating"]
check(b["checked"] and b["entries"] == 8 and b["uncommitted"] == 1,
      f"8 entries looked at, 1 not committed yet ({b['entries']}, {b['uncommitted']})")
got = [(e["entry"], e["by"], e["days-after"], e["too-late"], e["after-end"], e["commit"])
       for e in b["late"]]
want = [(c2, "bob", 46, True, True, late),
        (f"review:{c2}:carol", "carol", 44, True, False, review_late),
        (c4, "carol", 1, False, True, after)]
check(got == want, f"the late entries, with their commits: {got}")
check(all(e["entry"] != c3 for e in b["late"]),
      "a commit late on the period's last day in the committer's zone is in time")
check(all(e["committed"] == "2026-11-01" for e in b["late"] if e["entry"] == c4),
      "the commit's day is the committer's")
deal = r["self-dealing"]
check([(d["connector"], d["booked-by"], d["self-booked"]) for d in deal] == [("alice", "alice", True)],
      f"alice booked income naming herself ({deal})")

p = monitor()
row = [line.split() for line in p.stdout.splitlines() if line.strip().startswith(c2)]
check(row == [[c2, "contribution", "bob", "2026-10-05", "2026-10-31", "2026-11-20", late[:7], "46",
               "more", "than", "30", "days;", "after", "the", "period's", "end"]],
      f"the table names the entry, its member, the commit and why ({row})")
check(p.stdout.splitlines()[1].startswith("4 flags"), f"4 flags in all ({p.stdout.splitlines()[1]})")

# Thresholds from coop.yaml: 60 days, so only the commits after the period's end remain.
policy = L.read("coop.yaml")
L.write("coop.yaml", policy + "monitor:\n  backdating: 60d\n")
r = json.loads(monitor("--format", "json").stdout)
check([e["entry"] for e in r["backdating"]["late"]] == [c2, c4] and r["thresholds"]["backdating"] == 60,
      f"backdating: 60d keeps the after-the-end flags only ({r['backdating']['late']})")
L.write("coop.yaml", policy + "monitor:\n  backdating: 60\n")
p = monitor()
check(p.returncode == 1 and "coop.yaml" in p.stderr
      and "'backdating' must be a number of days from 0d to 10000d, like 30d, not '60'" in p.stderr,
      f"a bad threshold is a ledger error at its place ({p.stderr.strip()[:300]})")
L.write("coop.yaml", policy)

# A shallow clone cannot say when old entries came in.
shallow = os.path.join(L.tmp, "shallow")
subprocess.run(["git", "clone", "-q", "--depth", "1", "file://" + L.root, shallow], check=True,
               env=env(), capture_output=True)
r = json.loads(monitor("--format", "json", root=shallow).stdout)
check(r["backdating"] == {"checked": False,
                          "skipped": "the clone is shallow (run git fetch --unshallow)"},
      f"a shallow clone: skipped, with what to do ({r['backdating']})")
p = monitor(root=shallow)
check("skipped: the clone is shallow (run git fetch --unshallow)" in p.stdout,
      "the table says so too")
L.close()
finish()
