#!/usr/bin/python3
"""coop export, read by the real tools, on generated ledgers closed month by month:

    export_balances.py COOP GEN_LEDGER_PY

Each ledger (overhead some months cannot bear, general-share, a minimum payout,
leavers) is committed in a git repository and its months closed one by one with
`coop close --commit`. Its ledger and hledger exports are read by `ledger bal`
and `hledger bal`, its beancount export passes `bean-check`, and the balances
equal coop's figures (`coop payout --format json`) to the minor unit:
Assets:Bank the income less the expenses less what was paid, each member's
liability their balance (balance-out plus what the statements paid and no
payment moved yet), Equity:Reserve the reserve, Equity:Deficit the deficit.
"""
import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "write"))
import writelib  # noqa: E402
from writelib import check, finish  # noqa: E402

GEN = sys.argv[2]

LEDGERS = [
    (21, 6, 5, ["--overhead", "--general-share", "15%", "--minimum-payout", "250.00",
                "--leavers", "2"]),
    (22, 5, 4, ["--overhead", "130", "--general-share", "25%", "--minimum-payout", "600.00",
                "--leavers", "1"]),
]


def hledger_balances(path):
    out = subprocess.run(["hledger", "-f", path, "bal", "--flat", "-N", "-O", "csv", "-E"],
                         check=True, capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(out)))[1:]
    return {r[0]: Decimal(r[1].split()[0]) if r[1] not in ("0", "") else Decimal(0) for r in rows}


def ledger_balances(path):
    out = subprocess.run(["ledger", "-f", path, "bal", "--flat", "--no-total", "-E",
                          "--format", "%(account)\t%(quantity(display_total))\n"],
                         check=True, capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        account, amount = line.split("\t")
        got[account] = Decimal(amount)
    return got


def expected(L, months):
    paid = {}
    cash = Decimal(0)
    last = None
    for month in months:
        p = json.loads(L.coop_ok("payout", "--period", month, "--format", "json"))
        cash += Decimal(p["totals"]["income"]) - Decimal(p["totals"]["expenses"])
        for m in p["members"]:
            paid[m["member"]] = paid.get(m["member"], Decimal(0)) + Decimal(m["paid"])
        last = p
    want = {"Assets:Bank": cash}
    for m in last["members"]:
        paid.setdefault(m["member"], Decimal(0))
    owed = {h: paid[h] for h in paid}
    for m in last["members"]:
        owed[m["member"]] += Decimal(m["balance-out"])
    for h, v in owed.items():
        want["Liabilities:Members:" + h[:1].upper() + h[1:]] = -v
    want["Equity:Reserve"] = -Decimal(last["carried-out"]["reserve"])
    want["Equity:Deficit"] = Decimal(last["carried-out"]["deficit"])
    return want


for seed, members, months, extra in LEDGERS:
    name = f"seed {seed}"
    L = writelib.Ledger(init=False)
    subprocess.run(["/usr/bin/python3", GEN, L.root, "--members", str(members), "--months",
                    str(months), "--per-month", "2", "--seed", str(seed), "--format-version",
                    "2", *extra], check=True)
    # Parties whose names each tool must get quoted or escaped.
    parties = iter(["party: 'ACME; Ltd'", "party: 'Zoë \"Z\" Ø | x'"])
    for dirpath, _, names in sorted(os.walk(os.path.join(L.root, "revenue"))):
        for fn in sorted(names):
            path = os.path.join(dirpath, fn)
            text = open(path, encoding="utf-8").read()
            lines = text.split("\n")
            for i, line in enumerate(lines):
                if line.strip().startswith("party:"):
                    lines[i] = line[:line.index("party:")] + next(parties, line.strip())
                    break
            open(path, "w", encoding="utf-8").write("\n".join(lines))
    L.init_repository("m0000@example.org", "Member 0")
    L.git("add", "-A")
    L.git("commit", "-q", "-m", "The books")
    month_list = sorted({f[:7] for f in os.popen(
        f"cd {L.root} && ls -d revenue/*/* contributions/*/*").read().split()
        for f in [f.split("/", 1)[1].replace("/", "-")]})
    for month in month_list:
        p = L.run("close", month, "--commit")
        check(p.returncode == 0, f"{name}: coop close {month} --commit ({p.stderr.strip()})")
    want = expected(L, month_list)
    files = {}
    for fmt in ("ledger", "hledger", "beancount", "csv"):
        path = os.path.join(L.root, "..", f"books-{seed}.{fmt}")
        L.coop_ok("export", "--format", fmt, "--output", path)
        files[fmt] = path
    for fmt in ("ledger", "hledger", "beancount"):
        text = open(files[fmt], encoding="utf-8").read()
        check("ACME, Ltd" in text or "ACME; Ltd" in text, f"{name}: {fmt} keeps ACME; Ltd")
        check("Zoë" in text and "Ø" in text, f"{name}: {fmt} keeps Zoë \"Z\" Ø")
    r = subprocess.run(["bean-check", files["beancount"]], capture_output=True, text=True)
    check(r.returncode == 0, f"{name}: bean-check accepts the export ({r.stdout}{r.stderr})")
    for tool, got in (("ledger", ledger_balances(files["ledger"])),
                      ("hledger", hledger_balances(files["hledger"]))):
        for account, amount in want.items():
            check(got.get(account, Decimal(0)) == amount,
                  f"{name}: {tool} bal {account} is {got.get(account)}, coop says {amount}")
    L.close()

finish()
