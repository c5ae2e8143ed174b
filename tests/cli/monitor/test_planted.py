#!/usr/bin/python3
"""coop monitor on generated ledgers (tools/gen-ledger.py) with planted patterns:
each is flagged with the right members, and the same ledger without the plants
flags nothing.

    test_planted.py COOP GEN_LEDGER

Each month's files are committed at the month's last day by the treasurer
m0000, so backdating has a history to check (and finds nothing late) and the
v1 revenue file has a booker.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "write"))
from writelib import COOP, HOME, check, env, finish  # noqa: E402

GEN = sys.argv[2]
TMP = os.path.join(HOME, "planted")
SIZE = ["--members", "12", "--months", "2", "--per-month", "6", "--reviews", "4", "--seed", "5"]
PLANTS = ["--plant-ring", "m0003,m0004", "--plant-harsh", "m0005", "--plant-long", "m0006",
          "--plant-self-dealing", "m0000"]


def git(root, *args, when=None):
    extra = {"GIT_AUTHOR_NAME": "Member 0", "GIT_AUTHOR_EMAIL": "m0000@example.org",
             "GIT_COMMITTER_NAME": "Member 0", "GIT_COMMITTER_EMAIL": "m0000@example.org"}
    if when:
        extra["GIT_AUTHOR_DATE"] = extra["GIT_COMMITTER_DATE"] = when
    subprocess.run(["git", *args], cwd=root, env=env(extra), check=True, capture_output=True)


def ledger(name, *options):
    root = os.path.join(TMP, name)
    subprocess.run([sys.executable, GEN, root, *SIZE, *options], check=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "coop.yaml", "members")
    git(root, "commit", "-q", "-m", "the co-op", when="2024-12-01T12:00:00Z")
    for month, end in (("01", "31"), ("02", "28")):
        for p in ("contributions/2025/" + month, "reviews/2025/" + month,
                  "revenue/2025/" + month, "revenue/2025/" + month + ".yaml"):
            if os.path.exists(os.path.join(root, p)):
                git(root, "add", p)
        git(root, "commit", "-q", "-m", f"2025-{month}", when=f"2025-{month}-{end}T12:00:00Z")
    return root


def monitor(root, *args):
    p = subprocess.run([COOP, "-C", root, "monitor", "--period", "2025-01", *args],
                       capture_output=True, text=True, env=env())
    return p


def flags(root):
    p = monitor(root, "--format", "json")
    check(p.returncode == 0, f"{os.path.basename(root)}: monitor --format json exits 0 ({p.stderr[:300]})")
    report = json.loads(p.stdout)
    return report, sorted((f["statistic"], f["member"]) for f in report["flags"])


base = ledger("base")
planted = ledger("planted", *PLANTS)

report, got = flags(base)
check(report["backdating"]["checked"] and report["backdating"]["late"] == [],
      f"without plants: backdating checked, nothing late ({report['backdating']})")
check(got == [], f"without plants: nothing flagged ({got})")
check(monitor(base, "--strict").returncode == 0, "without plants: --strict exits 0")

report, got = flags(planted)
want = sorted([("reciprocity", "m0003,m0004"), ("bias", "m0005"), ("hours", "m0006"),
               ("day", "m0006"), ("self-dealing", "m0000")])
check(got == want, f"each plant flagged with its members: {got}")
check(report["flag-count"] == len(report["flags"]), "flag-count counts the flags")

pair = report["reciprocity"][[p["members"] for p in report["reciprocity"]].index(["m0003", "m0004"])]
check(all(r["score"] == 5 for g in pair["given"] for r in g["reviews"]) and pair["flagged"],
      "the ring's evidence: every review between them is a 5")
harsh = [b for b in report["bias"] if b["reviewer"] == "m0005"][0]
check(harsh["compared"] >= 8 and float(harsh["d"]) <= -1.5,
      f"the harsh reviewer's d ({harsh['d']} over {harsh['compared']})")
under = [r for r in harsh["reviews"] if float(r["difference"]) <= -1]
check(2 * len(under) > len(harsh["reviews"]),
      f"most of the harsh reviewer's reviews lie under the others' median ({len(under)})")
long = [k for kind in report["hours"]["kinds"] for k in kind["long"]]
check([(k["member"], k["minutes"]) for k in long] == [("m0006", 1200)],
      f"the 20h contribution is the one long contribution ({long})")
deal = [s for s in report["self-dealing"] if s["self-booked"]]
check([(s["income"], s["connector"], s["booked-by"], s["booked-from"]) for s in deal]
      == [("rev-20250101-plant", "m0000", "m0000", "commit")],
      f"the self-booked income, its booker from the commit's author ({deal})")

p = monitor(planted, "--strict")
check(p.returncode == 1, f"with plants: --strict exits 1 ({p.returncode})")
p = monitor(planted, "--flagged")
check(p.returncode == 0 and "FLAG" in p.stdout and "m0005" in p.stdout
      and "bias m0005: d = " in p.stdout, "--flagged shows the flags and their evidence")
p = monitor(planted, "--format", "csv")
rows = p.stdout.strip().splitlines()
check(rows[0] == "period,statistic,member,entry,value,threshold" and len(rows) == 1 + len(want),
      f"csv: a header and one row per flag ({len(rows)} lines)")

# Without git the same ledger cannot say who booked the income, nor check backdating.
nogit = os.path.join(TMP, "nogit")
subprocess.run([sys.executable, GEN, nogit, *SIZE, *PLANTS], check=True)
report, got = flags(nogit)
check(report["backdating"] == {"checked": False, "skipped": "the ledger is not in a git repository"},
      f"without git, backdating says it was skipped ({report['backdating']})")
check(("self-dealing", "m0000") not in got, "without git, a v1 revenue file has no booker")
finish()
