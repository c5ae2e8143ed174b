#!/usr/bin/python3
"""coop todo and coop show on a scripted ledger: who sees what, in which order,
the days left, closed periods left out, and one contribution shown whole."""
import json
import os
import sys
from datetime import date

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "write"))
from writelib import Ledger, check, finish  # noqa: E402

TODAY = date.today()
# November's review window ends review.window (7, the default) days after
# November 30; days_left counts from today, so it is computed, not written.
NOV_ENDS = date(2026, 12, 7)
NOV_LEFT = (NOV_ENDS - TODAY).days


def left_text(days):
    if days < 0:
        return "window passed"
    if days == 0:
        return "today"
    return f"{days} day" + ("" if days == 1 else "s")


L = Ledger()
for handle in ("alice", "bob", "carol", "dave"):
    L.write(f"members/{handle}.yaml", f"""\
handle: {handle}
name: {handle.capitalize()}
emails: [{handle}@example.org]
joined: 2026-01-01
left: null
roles: []
keys: []
""")


def log(who, duration, summary, day, *extra):
    return L.coop_ok("log", duration, summary, "--as", who, "--date", day, *extra).strip()


def review(who, cid, score, day, *extra):
    L.coop_ok("review", cid, str(score), "--as", who, "--date", day, *extra)


a1 = log("alice", "1h", "October work", "2026-10-05")
a2 = log("alice", "2h", "Fix the checkout flow", "2026-11-03", "--kind", "code", "--project",
         "website", "--ref", "https://git.example.org/shop/pull/12")
c1 = log("carol", "1h", "Support call with a customer who asked about the refund rules", "2026-11-04",
         "--kind", "support")
b1 = log("bob", "1h30m", "Document the checkout flow", "2026-11-10", "--kind", "design")
b2 = log("bob", "45m", "Answer the forum", "2026-11-20", "--kind", "support")
review("bob", a2, 4, "2026-11-05", "--comment", "Clean fix, with tests.")
review("carol", a2, 3, "2026-11-06")
review("dave", b1, 2, "2026-11-12")
review("bob", a1, 3, "2026-10-06")
L.git("add", "-A")
L.git("commit", "-q", "-m", "The co-op's first months")
L.coop_ok("close", "2026-10", "--commit")

# carol: not her own (c1), not reviewed by her (a2), not October's (closed):
# b2 with no review before b1 with one.
out = L.coop_ok("todo", "--as", "carol", "--format", "json")
got = json.loads(out)
check(got["member"] == "carol" and got["today"] == TODAY.isoformat(),
      f"todo json names who and when ({got['member']}, {got['today']})")
check([c["id"] for c in got["contributions"]] == [b2, b1],
      f"carol's list: fewest reviews first ({[c['id'] for c in got['contributions']]})")
check(got["contributions"][0] == {
    "id": b2, "member": "bob", "date": "2026-11-20", "minutes": 45, "kind": "support",
    "project": None, "summary": "Answer the forum", "reviews": 0, "window_ends": "2026-12-07",
    "days_left": NOV_LEFT}, f"a todo entry whole ({got['contributions'][0]})")
check(got["contributions"][1]["reviews"] == 1, "b1 has dave's review")

# dave: equal review counts go oldest first; two reviews last; b1 he reviewed.
got = json.loads(L.coop_ok("todo", "--as", "dave", "--format", "json"))
check([c["id"] for c in got["contributions"]] == [c1, b2, a2],
      f"dave's list: fewest reviews, then oldest ({[c['id'] for c in got['contributions']]})")

p = L.run("todo", "--as", "carol")
check(p.returncode == 0, f"todo table exit 0 ({p.stderr})")
lines = p.stdout.splitlines()
check(lines[0].split() == ["id", "member", "date", "time", "kind", "project", "reviews", "left",
                           "summary"], f"todo table header ({lines[0]!r})")
row = lines[2].split()
check(row[:7] == [b2, "bob", "2026-11-20", "45m", "support", "-", "0"],
      f"todo table row ({lines[2]!r})")
check(left_text(NOV_LEFT) in lines[2], f"days left shown as {left_text(NOV_LEFT)!r} ({lines[2]!r})")
check(p.stderr == "2 contributions waiting for carol's review; review one with "
      "'coop review ID SCORE'\n", f"todo says how many and what next ({p.stderr!r})")

got = json.loads(L.coop_ok("todo", "--as", "alice", "--format", "json"))
check([c["id"] for c in got["contributions"]] == [c1, b2, b1],
      f"alice's list holds none of her own ({[c['id'] for c in got['contributions']]})")
long_row = [r for r in L.coop_ok("todo", "--as", "alice").splitlines() if r.startswith(c1)][0]
check(long_row.endswith("Support call with a customer who aske..."),
      f"a long summary is cut to 40 characters in the table ({long_row!r})")
csv = L.coop_ok("todo", "--as", "alice", "--format", "csv").splitlines()
check(csv[0] == "id,member,date,minutes,kind,project,reviews,window_ends,days_left,summary",
      f"todo csv header ({csv[0]!r})")
check(csv[1] == f"{c1},carol,2026-11-04,60,support,,0,2026-12-07,{NOV_LEFT},"
      "Support call with a customer who asked about the refund rules",
      f"todo csv row, summary whole ({csv[1]!r})")

p = L.run("todo", "--as", "carol", "--period", "2026-10")
check(p.returncode == 0 and p.stdout == "" and
      p.stderr == "coop: nothing waits for carol's review in 2026-10\n",
      f"a closed period has nothing to review ({p.returncode}, {p.stdout!r}, {p.stderr!r})")
p = L.run("todo", "--as", "zoe")
check(p.returncode == 2 and "zoe" in p.stderr, f"an unknown member is a usage error ({p.stderr!r})")
p = L.run("todo", "--format", "json", extra_env={"COOP_MEMBER": "bob"})
check([c["id"] for c in json.loads(p.stdout)["contributions"]] == [c1],
      f"COOP_MEMBER says who I am ({p.stdout!r})")

# coop show: the whole contribution.
out = L.coop_ok("show", a2)
expect_head = f"""\
contribution {a2}
member:    alice
date:      2026-11-03 (period 2026-11, open; reviews until 2026-12-07)
time:      2h
kind:      code (weight 1)
project:   website
summary:   Fix the checkout flow
ref:       https://git.example.org/shop/pull/12
reviews:   2 counted, 2 needed
  2026-11-05  bob  4  "Clean fix, with tests."
  2026-11-06  carol  3
aggregate: 3.5 (median of 2 scores)
factor:    1.166667
points:    140.00004 (minutes x weight x factor)
history:
"""
# 120 minutes x weight 1 x factor 3.5 / 3 = 1.166667 (6 decimals, half to even) = 140.00004
check(out.startswith(expect_head), f"show's text\n{out}")
check(f"added {a2} in contributions/2026/11/alice.yaml" in out and
      f"added review:{a2}:bob in reviews/2026/11/bob.yaml" in out,
      f"show's history names the commits of the entry and its reviews\n{out}")

got = json.loads(L.coop_ok("show", a2, "--format", "json"))
check({k: got[k] for k in ("id", "period", "closed", "minutes", "weight", "aggregate", "factor",
                           "points", "reviewed", "refs")} ==
      {"id": a2, "period": "2026-11", "closed": False, "minutes": 120, "weight": "1",
       "aggregate": "3.5", "factor": "1.166667", "points": "140.00004", "reviewed": True,
       "refs": ["https://git.example.org/shop/pull/12"]}, f"show json {got}")
check(got["reviews"][0] == {"reviewer": "bob", "date": "2026-11-05", "score": 4,
                            "comment": "Clean fix, with tests.", "counted": True, "reason": None},
      f"show json review {got['reviews'][0]}")
check(len(got["history"]) == 3 and got["history"][0]["change"] == "added",
      f"show json history: the entry and its two reviews ({len(got['history'])})")

out = L.coop_ok("show", b2)
check("reviews:   0 counted, 2 needed\naggregate: none yet: fewer than 2 reviews, so the "
      "unreviewed factor\nfactor:    0.500000\n" in out and "kind:      support (weight 0.8)" in out,
      f"an unreviewed contribution shows the unreviewed factor\n{out}")
check("points:    18 (" in out, f"45 minutes x weight 0.8 x factor 0.5 = 18\n{out}")
out = L.coop_ok("show", a1)
check("(period 2026-10, closed)" in out, f"a contribution of a closed period says so\n{out}")

typo = a2[:-1] + ("a" if a2[-1] != "a" else "b")
p = L.run("show", typo)
check(p.returncode == 1 and p.stderr == f"coop: error: no contribution '{typo}'; did you mean "
      f"'{a2}'?\n", f"a typo gets the nearest id ({p.stderr!r})")
p = L.run("show", "nothing-like-it")
check(p.returncode == 1 and "coop tally" in p.stderr, f"an unknown id says where ids are ({p.stderr!r})")

L.close()
finish()
