#!/usr/bin/python3
"""coop close: the statement it writes, the commit and annotated tag, and every refusal."""
import datetime
import re

from auditlib import Books, check, finish
from writelib import refused

# The ledger in a folder of a bigger repository.
B = Books(subdir="books")
B.as_user("alice")
B.coop_ok("revenue", "add", "1000", "--party", "ACME", "--date", "2026-10-01", "--commit")
B.log("alice", "2h", "Alice's work", "2026-10-03")
B.log("bob", "1h", "Bob's work", "2026-10-04")
head = B.head()

# Refusals: nothing written.
refused(B, ["close", "2026-Q4"], 2, "a quarter of a monthly co-op",
        "coop: error: the co-op is paid monthly, so coop close closes months like 2026-11; "
        "2026-Q4 is a quarter")
refused(B, ["close", "2026-13"], 2, "not a period", "is not a period")
today = datetime.date.today()
this_month = f"{today.year:04}-{today.month:02}"
refused(B, ["close", this_month], 1, "the current month",
        f"coop: error: {this_month} is not over yet: it ends on")
B.write("contributions/2026/10/carol.yaml", "member: carol\nentries:\n  - id: carol-20261005-abcd\n"
        "    date: 2026-10-05\n    time: 1h\n    kind: code\n    summary: Not committed\n")
refused(B, ["close", "2026-10"], 1, "uncommitted changes",
        "coop: error: the ledger has uncommitted changes (contributions/2026/10/carol.yaml); "
        "commit them first")
B.write("contributions/2026/10/carol.yaml", "member: carol\nentries:\n  - id: carol-20261005-abcd\n"
        "    date: 2026-10-05\n    time: 1h\n    kind: cod\n    summary: Not committed\n")
p = refused(B, ["close", "2026-10"], 1, "an invalid ledger", "unknown kind 'cod'")
check("the ledger has 1 error" in p.stderr, "an invalid ledger: says to fix it first")
import os
os.remove(B.path("contributions/2026/10/carol.yaml"))
refused(B, ["close", "2026-09"], 1, "before the first entry",
        "coop: error: 2026-09 is before the ledger's first entry (2026-10-01): there is nothing "
        "to close")
refused(B, ["close", "2026-11"], 1, "out of order",
        "coop: error: 2026-10 is still open: periods close in order, so close 2026-10 first "
        "(coop close 2026-10)")
# A file outside the ledger does not matter.
with open(os.path.join(B.top, "NOTES.txt"), "w") as f:
    f.write("not the ledger's business\n")

out = B.coop_ok("close", "2026-10", "--commit")
check(out.startswith(f"payouts/2026-10.yaml: the statement of 2026-10, computed from {head[:7]}\n"),
      f"close says what it wrote ({out!r})")
statement = B.read("payouts/2026-10.yaml")
expected = B.coop_ok("payout", "--period", "2026-10", "--format", "yaml")
check(f'computed-from: "{head}"\n' in statement, "computed-from is the HEAD commit")
check(statement.replace(f'computed-from: "{head}"\n', "") == expected,
      "the statement is the payout's yaml, plus computed-from")
data = B.load("payouts/2026-10.yaml")
check(data["period"] == "2026-10" and data["totals"]["income"] == "1000.00" and
      [m["member"] for m in data["members"]] == ["alice", "bob"],
      "period, totals and members are in it")
check(B.git("cat-file", "-t", "coop/2026-10").strip() == "tag", "the tag is annotated")
tag = B.git("cat-file", "tag", "coop/2026-10")
check("tagger Alice <alice@example.org>" in tag and "Payout statement of 2026-10" in tag,
      f"tagged by git's user ({tag})")
check(B.git("rev-parse", "coop/2026-10^{commit}").strip() == B.head(), "the tag is on the new commit")
check(B.git("show", "--name-only", "--format=", "HEAD").strip() == "books/payouts/2026-10.yaml",
      "the commit holds the statement only")
check(B.git("log", "-1", "--format=%s").strip() == "Close 2026-10: payout statement",
      "the commit message")
check(B.git("status", "--porcelain", "--", ".").strip() == "", "nothing left uncommitted")

refused(B, ["close", "2026-10"], 1, "already closed",
        "coop: error: 2026-10 is already closed: payouts/2026-10.yaml exists")
# Without --commit: the file only. (November has no entries: it still closes, in
# order, carrying the reserve on; --force, as it may be inside its review window.)
B.coop_ok("close", "2026-11", "--force")
nov = B.load("payouts/2026-11.yaml")
check(nov["period"] == "2026-11", "close without --commit writes")
check(nov["carried-in"] == data["carried-out"], "November starts from what October carried out")
check("?? books/payouts/2026-11.yaml" in B.git("status", "--porcelain", "--", "."),
      "...and commits nothing")
check(B.git("tag", "-l", "coop/2026-11").strip() == "", "...and tags nothing")
ok, text = B.valid()
check(ok, f"the ledger is valid with its statements ({text.strip()})")

# The audit works in the folder too.
p = B.run("audit")
check(p.returncode == 0, f"audit of a ledger in a folder ({p.stdout[-300:]})")

# The review window: coop close waits review.window after the period's end,
# naming what closing would freeze; --force closes all the same.
W = Books()
W.as_user("alice")
policy = re.sub(r"^  window: .*\n", "", W.read("coop.yaml"), flags=re.M)
W.write("coop.yaml", re.sub(r"^(  unreviewed-factor: .*\n)", r"\1  window: 3650d\n", policy,
                            count=1, flags=re.M))
W.commit("a long review window", "alice", "coop.yaml")
w1 = W.log("alice", "2h", "Alice's work", "2026-10-03")
w2 = W.log("bob", "1h", "Bob's work", "2026-10-04")
W.review("carol", w2, 4, "2026-10-06")
p = refused(W, ["close", "2026-10"], 1, "inside the review window",
            "coop: error: 2026-10 is still in its review window: reviews may come in until "
            "2036-10-28 (review.window 3650d), so it can be closed from 2036-10-29 on; closing "
            "it now would freeze 2 contributions with fewer than 2 valid reviews at the "
            "unreviewed factor:")
check(f"  {w1} by alice: 0 reviews" in p.stderr and f"  {w2} by bob: 1 review" in p.stderr and
      "wait, or close it now with --force" in p.stderr, f"...each of them named ({p.stderr})")
p = W.run("close", "2026-10", "--force")
check(p.returncode == 0 and W.load("payouts/2026-10.yaml")["period"] == "2026-10",
      f"--force closes inside the window ({p.stderr})")
check(f"coop: warning: {w1} by alice is frozen with 0 valid reviews, at the unreviewed factor"
      in p.stderr, f"...and says what it froze ({p.stderr})")
W.close()

# Not in git.
N = Books.__new__(Books)
import writelib
writelib.Ledger.__init__(N)
import shutil
shutil.rmtree(os.path.join(N.root, ".git"))
p = N.run("close", "2026-10")
check(p.returncode == 2 and "coop close needs the ledger's git history" in p.stderr,
      f"outside git: exit 2 ({p.stderr.strip()})")
N.close()
B.close()
finish()
