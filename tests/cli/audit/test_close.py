#!/usr/bin/python3
"""coop close: the statement it writes, the commit and annotated tag, and every refusal."""
import datetime

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
# Without --commit: the file only.
B.coop_ok("close", "2026-09")
check(B.load("payouts/2026-09.yaml")["period"] == "2026-09", "close without --commit writes")
check("?? books/payouts/2026-09.yaml" in B.git("status", "--porcelain", "--", "."),
      "...and commits nothing")
check(B.git("tag", "-l", "coop/2026-09").strip() == "", "...and tags nothing")
ok, text = B.valid()
check(ok, f"the ledger is valid with its statements ({text.strip()})")

# The audit works in the folder too.
p = B.run("audit")
check(p.returncode == 0, f"audit of a ledger in a folder ({p.stdout[-300:]})")

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
