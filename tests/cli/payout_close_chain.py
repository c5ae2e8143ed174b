#!/usr/bin/python3
"""SPEC 3's chain across closes, through the real coop and git, on generated ledgers:

    payout_close_chain.py COOP GEN_LEDGER_PY REFERENCE_PY

For each ledger (v2, with overhead some months cannot bear, general-share, a
minimum payout and leavers): the payout of every month and quarter is
computed with nothing closed; then the months are closed one by one with
`coop close --commit`, and after each close every period must show the same
numbers as before (closing changes nothing, a closed period's carried-out is
what the computed chain carried). Then coop.yaml's policy changes: every
closed period keeps its numbers and its `payout --check` passes, the first
open month starts from what the last closed one carried out, the open months
change, and the independent reference agrees with coop on all of them.
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "write"))
import writelib  # noqa: E402
from writelib import check, finish  # noqa: E402

GEN, REFERENCE = sys.argv[2], sys.argv[3]

LEDGERS = [
    # seed, members, months, extra generator options
    (11, 6, 6, ["--overhead", "--general-share", "15%", "--minimum-payout", "250.00",
                "--leavers", "2"]),
    (12, 5, 7, ["--overhead", "130", "--general-share", "25%", "--minimum-payout", "600.00",
                "--leavers", "1"]),
]


class Generated(writelib.Ledger):
    """A generated ledger committed in a git repository of its own, by m0000."""

    def __init__(self, seed, members, months, extra):
        super().__init__(init=False)
        subprocess.run(["/usr/bin/python3", GEN, self.root, "--members", str(members), "--months",
                        str(months), "--per-month", "2", "--seed", str(seed),
                        "--format-version", "2", *extra], check=True)
        self.init_repository("m0000@example.org", "Member 0")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "The books")

    def payout(self, period):
        return json.loads(self.coop_ok("payout", "--period", period, "--format", "json"))

    def periods(self):
        months = sorted({d[:7] for d in self.dates()})
        quarters = sorted({f"{m[:4]}-Q{(int(m[5:7]) - 1) // 3 + 1}" for m in months})
        return months, quarters

    def dates(self):
        for folder in ("contributions", "reviews", "revenue"):
            for dirpath, _, files in os.walk(os.path.join(self.root, folder)):
                for fn in files:
                    with open(os.path.join(dirpath, fn), encoding="utf-8") as f:
                        yield from re.findall(r"^\s+date: (\d{4}-\d\d-\d\d)$", f.read(), re.M)


def change_policy(text):
    """Every rate of the distribution, the aggregate and a weight, changed."""
    for key, value in (("reserve", "25%"), ("connector-share", "9%"), ("general-share", "0%"),
                       ("minimum-payout", '"0.00"'), ("aggregate", "mean"), ("code", "1.5")):
        text, n = re.subn(rf"^(\s*{key}:) .*$", rf"\1 {value}", text, count=1, flags=re.M)
        assert n == 1, key
    return text


for seed, members, months, extra in LEDGERS:
    L = Generated(seed, members, months, extra)
    name = f"seed {seed}"
    month_list, quarter_list = L.periods()
    everything = month_list + quarter_list
    computed = {p: L.payout(p) for p in everything}
    check(any(computed[m]["totals"]["loss"] != "0.00" for m in month_list) and
          any(computed[m]["carried-out"]["balances"] != "0.00" for m in month_list),
          f"{name}: the chain has a loss and balances carried (the test is not vacuous)")

    # Closed one by one, in order, the last two months left open.
    closed = month_list[:-2]
    for k, month in enumerate(closed):
        p = L.run("close", month, "--commit")
        check(p.returncode == 0, f"{name}: coop close {month} --commit ({p.stderr.strip()})")
        statement = L.load(f"payouts/{month}.yaml")
        check(statement["carried-out"] == computed[month]["carried-out"] and
              statement["carried-in"] == computed[month]["carried-in"],
              f"{name}: {month}'s statement carries in and out what the computed chain did")
        same = [q for q in everything if L.payout(q) == computed[q]]
        check(same == everything,
              f"{name}: after closing {month}, every period shows the computed numbers "
              f"(differ: {sorted(set(everything) - set(same))})")
    check(L.git("tag", "-l", "coop/*").split() == [f"coop/{m}" for m in closed],
          f"{name}: one tag per closed month")

    # A policy change after the closes.
    L.write("coop.yaml", change_policy(L.read("coop.yaml")))
    L.git("commit", "-q", "-am", "A new policy")
    for month in closed:
        check(L.payout(month) == computed[month],
              f"{name}: {month}, closed, keeps its numbers under the new policy")
        p = L.run("payout", "--check", f"payouts/{month}.yaml")
        check(p.returncode == 0, f"{name}: payout --check payouts/{month}.yaml still passes "
              f"({p.stdout.strip()} {p.stderr.strip()})")
    first_open = month_list[len(closed)]
    now = L.payout(first_open)
    check(now["carried-in"] == computed[closed[-1]]["carried-out"],
          f"{name}: {first_open} starts from what {closed[-1]} carried out")
    check(now != computed[first_open],
          f"{name}: {first_open}, open, is computed under the new policy")
    p = L.run("validate")
    check(p.returncode == 0, f"{name}: the ledger with its statements is valid ({p.stdout[-200:]})")
    r = subprocess.run(["/usr/bin/python3", REFERENCE, writelib.COOP, L.root],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"{name}: the reference agrees with coop on every period, closed "
          f"and open, under the policy in force\n{r.stdout[-1500:]}{r.stderr[-500:]}")
    L.close()

finish()
