#!/usr/bin/python3
"""coop review: the file it writes; every refusal of SPEC and the issue."""
from writelib import TOMORROW, Ledger, check, finish, refused

L = Ledger()
L.add_member("alice", "--role", "treasurer")
L.add_member("bob")
L.add_member("carol")
c1 = L.coop_ok("log", "2h", "Work", "--date", "2026-11-03").strip()
c2 = L.coop_ok("log", "1h", "More work", "--date", "2026-10-20").strip()

out = L.coop_ok("review", c1, "4", "--as", "bob", "--date", "2026-11-05", "--comment",
                "Clean fix, with tests.")
check(out == "", f"review prints nothing on success ({out!r})")
check(L.read("reviews/2026/11/bob.yaml") == f"""\
# yaml-language-server: $schema=../../../schema/review.schema.json
reviewer: bob
entries:
  - contribution: {c1}
    date: 2026-11-05
    score: 4
    comment: Clean fix, with tests.
""", "review writes the file exactly")
L.coop_ok("review", c2, "0", "--as", "bob", "--date", "2026-11-05")
check(L.read("reviews/2026/11/bob.yaml").endswith(f"""\
  - contribution: {c2}
    date: 2026-11-05
    score: 0
"""), "a second review (score 0, no comment) is appended")
ok, text = L.valid()
check(ok, f"valid after the reviews ({text.strip()})")

refused(L, ["review", c1, "3"], 1, "self-review", "reviews their own contribution")
refused(L, ["review", c1, "3", "--as", "bob", "--date", "2026-11-06"], 1, "a duplicate",
        "second review of")
refused(L, ["review", c1, "3", "--as", "bob", "--date", "2026-12-01"], 1,
        "a duplicate in another month's file", "second review of")
# A review in a later month's file, then one dated earlier: the duplicate is found too.
L.coop_ok("review", c2, "5", "--as", "carol", "--date", "2026-12-02")
refused(L, ["review", c2, "5", "--as", "carol", "--date", "2026-11-20"], 1,
        "a duplicate where the first is in a later month", "second review of")
refused(L, ["review", "alice-20261103-zzzz", "3", "--as", "bob"], 1, "an unknown id",
        "review of unknown contribution 'alice-20261103-zzzz'")
refused(L, ["review", "no-such-thing", "3", "--as", "bob"], 1, "an id of no known form",
        "review of unknown contribution 'no-such-thing'")
refused(L, ["review", c1, "6", "--as", "carol"], 1, "a score above the scale",
        "is not on the scale")
refused(L, ["review", c1, "-1", "--as", "carol"], 1, "a negative score", "is not on the scale")
refused(L, ["review", c1, "four", "--as", "carol"], 1, "a score in words", "is not on the scale")
refused(L, ["review", c1, "3.5", "--as", "carol"], 1, "a fractional score", "is not on the scale")
refused(L, ["review", c1, "3", "--as", "carol", "--date", "2026-11-02"], 1,
        "a review dated before the contribution", "is before the contribution")
refused(L, ["review", c1, "3", "--as", "carol", "--date", "2025-12-31"], 1,
        "a reviewer not yet a member", "was not a member")
L.write("payouts/2026-11.yaml", "period: 2026-11\n")
refused(L, ["review", c1, "3", "--as", "carol", "--date", "today"], 1,
        "a contribution of a closed period", "closed period")
refused(L, ["review", c1, "3", "--as", "carol", "--date", TOMORROW], 2, "a review dated tomorrow",
        f"the review is dated {TOMORROW}, after today")
ok, text = L.valid()
check(ok, f"still valid ({text.strip()})")
L.close()
finish()
