#!/usr/bin/python3
"""coop history ID: every commit that added, changed or removed an entry."""
import json

from auditlib import Books, check, finish

B = Books()
a1 = B.log("alice", "2h", "Fix the checkout flow", "2026-10-03")
B.log("alice", "1h", "Other work", "2026-10-04")
first = B.git("rev-list", "-n", "1", "HEAD~1").strip()
B.review("bob", a1, 4, "2026-10-06")
B.review("carol", a1, 2, "2026-10-07")
B.write("contributions/2026/10/alice.yaml",
        B.read("contributions/2026/10/alice.yaml").replace("time: 2h", "time: 2h30m", 1))
changed = B.commit("more time", "alice", "contributions/2026/10/alice.yaml")
B.write("reviews/2026/10/carol.yaml", "reviewer: carol\nentries: []\n")
withdrawn = B.commit("withdraw a review", "carol", "reviews/2026/10/carol.yaml")
B.as_user("alice")
B.coop_ok("revenue", "add", "120", "--party", "ACME", "--id-suffix", "acme", "--date",
          "2026-10-10", "--commit")

p = B.run("history", a1)
check(p.returncode == 0, f"exit 0 ({p.stderr.strip()})")
lines = p.stdout.splitlines()
heads = [l for l in lines if not l.startswith(" ")]
check(len(heads) == 5, f"five commits: added, two reviews, changed, review removed ({heads})")
check(heads[0].startswith(first[:7]) and "Alice <alice@example.org> (signature: unsigned)" in heads[0],
      f"the first is the log, with its author and signature status ({heads[0]})")
text = p.stdout
check(f"  added {a1} in contributions/2026/10/alice.yaml\n    id: {a1}\n    date: 2026-10-03\n"
      "    time: 2h\n    kind: code\n    summary: Fix the checkout flow\n" in text,
      "the addition, field by field")
check(f"  added review:{a1}:bob in reviews/2026/10/bob.yaml\n" in text, "bob's review")
check(f"{changed[:7]} " in text and
      f"  changed {a1} in contributions/2026/10/alice.yaml\n    time: 2h -> 2h30m\n" in text,
      "the change, old and new")
check(f"{withdrawn[:7]} " in text and
      f"  removed review:{a1}:carol in reviews/2026/10/carol.yaml\n" in text and
      "    score: 2\n" in text, "the removed review, with its old values")

p = B.run("history", f"review:{a1}:carol")
heads = [l for l in p.stdout.splitlines() if not l.startswith(" ")]
check(p.returncode == 0 and len(heads) == 2, f"one review's history ({p.stdout})")
p = B.run("history", "--format", "json", "rev-20261010-acme")
events = json.loads(p.stdout) if p.returncode == 0 else []
check(len(events) == 1 and events[0]["change"] == "added" and
      {"field": "amount", "before": None, "after": "120.00"} in events[0]["fields"] and
      events[0]["email"] == "alice@example.org" and events[0]["signature"] == "unsigned",
      f"a revenue entry, in JSON ({events})")
p = B.run("history", "alice-20261003-zzzz")
check(p.returncode == 1 and
      "no commit of this branch added, changed or removed 'alice-20261003-zzzz'" in p.stderr,
      f"an unknown id: exit 1 ({p.stderr.strip()})")
p = B.run("history", "two words")
check(p.returncode == 2, "not an id: exit 2")
B.close()
finish()
