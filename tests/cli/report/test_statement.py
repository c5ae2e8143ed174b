#!/usr/bin/python3
"""Erin's 2026 statement in the starfish example, computed by hand.

    test_statement.py COOP LEDGER

The example's policy (coop.yaml): connector-share 5%, minimum-payout 100.00,
monthly. Erin's work, from contributions/2026/MM/erin.yaml:
  2026-09: 1h + 2h + 1h + 5m      = 4h05m = 245 minutes, 4 contributions
  2026-10: 1h + 1.5h + 2h         = 4h30m = 270 minutes, 3 contributions
  2026-11: 1h + 2h + 30m + 1.5h   = 5h    = 300 minutes, 4 contributions
  the year: 245 + 270 + 300       = 815 minutes = 13h35m, 11 contributions
(Her points, minutes x weight x factor, are coop tally's: not checked here.)

Money, month by month (rule 9: b = b_in + e; paid when b >= 100.00):
  2026-09: her shares of the hosting and website pools: 58.02 (coop payout
           --period 2026-09; the reference test recomputes it). b_in 0.00,
           b = 58.02 < 100.00: paid 0.00, carried out 58.02.
  2026-10: a loss month: no pool has anything to share. She is the connector
           of the Town Library's 300.00 (revenue/2026/10/alice.yaml):
           commission 300.00 x 5% = 15.00, her whole e. b = 58.02 + 15.00 =
           73.02 < 100.00: paid 0.00, carried out 73.02.
  2026-11: shares 315.02 (coop payout --period 2026-11). b = 73.02 + 315.02 =
           388.04 >= 100.00: paid 388.04, carried out 0.00.
  the year: earned 58.02 + 15.00 + 315.02 = 388.04, commission 15.00,
           paid 0.00 + 0.00 + 388.04 = 388.04: all she earned, paid in
           November; balance in 0.00 (January), out 0.00 (November).
January to August have no entries: the statement starts in September, the
ledger's first period.
"""
import json
import subprocess
import sys

coop, ledger = sys.argv[1], sys.argv[2]
out = subprocess.run([coop, "-C", ledger, "report", "--member", "erin", "--year", "2026",
                      "--format", "json"], capture_output=True, text=True, check=True).stdout
r = json.loads(out)
want = [
    # period, minutes, contributions, commission, earned, balance-in, paid, balance-out
    ("2026-09", 245, 4, "0.00", "58.02", "0.00", "0.00", "58.02"),
    ("2026-10", 270, 3, "15.00", "15.00", "58.02", "0.00", "73.02"),
    ("2026-11", 300, 4, "0.00", "315.02", "73.02", "388.04", "0.00"),
]
keys = ("period", "minutes", "contributions", "commission", "earned", "balance-in",
        "paid", "balance-out")
got = [tuple(line[k] for k in keys) for line in r["statement"]]
status = 0
if r["member"] != "erin" or got != want:
    print("FAIL: statement\n got ", got, "\n want", want)
    status = 1
totals = r["statement-totals"]
want_totals = {"minutes": 815, "contributions": 11, "commission": "15.00",
               "earned": "388.04", "balance-in": "0.00", "paid": "388.04", "balance-out": "0.00"}
for k, v in want_totals.items():
    if totals[k] != v:
        print(f"FAIL: totals {k}: {totals[k]!r}, by hand {v!r}")
        status = 1
if status == 0:
    print("erin's 2026 statement matches the hand computation")
sys.exit(status)
