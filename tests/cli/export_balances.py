#!/usr/bin/python3
"""coop export, read by the real tools, on ledgers closed month by month:

    export_balances.py COOP GEN_LEDGER_PY STARFISH

The ledgers: the example (examples/starfish) and generated ones with overhead
some months cannot bear (losses, the reserve covering them, a deficit
carried), general-share, a minimum payout (balances carried) and leavers, in
EUR, in JPY (no decimals) and in KWD (three). Each is committed in a git
repository, its parties renamed to ones each tool must get quoted or escaped
(`ACME; Ltd`, `Zoë "Z" Ø`, `* Star | Co`), and its months closed one by one
with `coop close --commit`.

After each close, the month's payments are recorded with `coop pay MONTH
--format csv --commit`, dated the first day of the next month.

Its ledger and hledger exports are read by `ledger bal` and `hledger bal`, its
beancount export passes `bean-check`, and the balances equal coop's figures
(`coop payout --format json` of each month) to the minor unit: Assets:Bank
the cash (the income less the expenses and the recorded payments), each
member's liability their balance-out plus what the statements paid them and
no recorded payment has paid yet (at the end: their balance-out),
Equity:Reserve the reserve carried out (a credit), Equity:Deficit the deficit
carried out, Expenses:Commissions the commissions, the income accounts minus
them (income is closed net of commissions) and the other expense accounts
zero. `--period M` exports the books up to and including M: the same with
the months up to M. Each party reads back as it was: from `ledger payees`,
from `hledger payees` or hledger's `party:` tag, from bean-query and from the
CSV.
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "write"))
import writelib  # noqa: E402
from writelib import check, finish  # noqa: E402

GEN, STARFISH = sys.argv[2], sys.argv[3]
PARTIES = ["ACME; Ltd", 'Zoë "Z" Ø', "* Star | Co"]

# name, generator arguments (None: the example), currency and its decimals
LEDGERS = [
    ("starfish", None, "EUR", 2),
    ("seed 21", (21, 6, 5, ["--overhead", "--general-share", "15%", "--minimum-payout", "250.00",
                            "--leavers", "2"]), "EUR", 2),
    ("seed 22", (22, 5, 4, ["--overhead", "130", "--general-share", "25%", "--minimum-payout",
                            "600.00", "--leavers", "1"]), "EUR", 2),
    ("seed 23 JPY", (23, 6, 5, ["--overhead", "--general-share", "10%", "--minimum-payout",
                                "300.00", "--leavers", "1"]), "JPY", 0),
    ("seed 24 KWD", (24, 5, 5, ["--overhead", "120", "--general-share", "20%", "--minimum-payout",
                                "400.00", "--leavers", "1"]), "KWD", 3),
]


def to_currency(root, currency, digits):
    """The generated EUR amounts as amounts of `currency`: JPY drops the decimal
    point (1234.56 EUR is 123456 JPY), KWD gains a third decimal (1234.567)."""
    n = [0]

    def amount(m):
        whole, cents = m.group(2), m.group(3)
        n[0] += 1
        if digits == 0:
            text = str(int(whole + cents))
        else:
            text = f"{whole}.{cents}{'3719'[n[0] % 4]}"
        return f'{m.group(1)}"{text}"'

    for dirpath, _, names in os.walk(root):
        if ".git" in dirpath:
            continue
        for fn in names:
            if not fn.endswith(".yaml"):
                continue
            path = os.path.join(dirpath, fn)
            text = open(path, encoding="utf-8").read()
            new = re.sub(r'((?:amount|minimum-payout): )"(\d+)\.(\d\d)"', amount, text)
            if fn == "coop.yaml" and dirpath == root:
                new = re.sub(r"^currency: EUR", f"currency: {currency}", new, flags=re.M)
            if new != text:
                open(path, "w", encoding="utf-8").write(new)


def rename_parties(root):
    """The first revenue entries' parties become PARTIES, one each."""
    parties = iter(PARTIES)
    for dirpath, _, names in sorted(os.walk(os.path.join(root, "revenue"))):
        for fn in sorted(names):
            path = os.path.join(dirpath, fn)
            text = open(path, encoding="utf-8").read()
            lines = text.split("\n")
            for i, line in enumerate(lines):
                if line.strip().startswith("party:"):
                    party = next(parties, None)
                    if party is None:
                        break
                    quoted = "'" + party.replace("'", "''") + "'"
                    lines[i] = line[:line.index("party:")] + "party: " + quoted
            open(path, "w", encoding="utf-8").write("\n".join(lines))


def run(*args):
    p = subprocess.run(list(args), capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({p.returncode}):\n{p.stdout}{p.stderr}")
    return p.stdout


def hledger_balances(path):
    out = run("hledger", "-f", path, "bal", "--flat", "-N", "-O", "csv", "-E")
    rows = list(csv.reader(io.StringIO(out)))[1:]
    return {r[0]: Decimal(r[1].split()[0]) if r[1] not in ("0", "") else Decimal(0) for r in rows}


def ledger_balances(path):
    out = run("ledger", "-f", path, "bal", "--flat", "--no-total", "-E", "--format",
              "%(account)\t%(quantity(display_total))\n")
    got = {}
    for line in out.splitlines():
        account, amount = line.split("\t")
        got[account] = Decimal(amount)
    return got


def expected(payouts, settled):
    """What the tools must report after the months of `payouts`, all closed,
    the payments of the first `settled` of them recorded and dated in the books."""
    paid, cash, commissions = {}, Decimal(0), Decimal(0)
    for i, p in enumerate(payouts):
        cash += Decimal(p["totals"]["income"]) - Decimal(p["totals"]["expenses"])
        commissions += Decimal(p["totals"]["commissions"])
        for m in p["members"]:
            if i < settled:  # the payment moved it from the liability to the bank
                cash -= Decimal(m["paid"])
                continue
            paid[m["member"]] = paid.get(m["member"], Decimal(0)) + Decimal(m["paid"])
    last = payouts[-1]
    owed = dict(paid)
    for m in last["members"]:
        owed[m["member"]] = owed.get(m["member"], Decimal(0)) + Decimal(m["balance-out"])
    want = {"Assets:Bank": cash}
    for h, v in owed.items():
        want["Liabilities:Members:" + h[:1].upper() + h[1:]] = -v
    want["Equity:Reserve"] = -Decimal(last["carried-out"]["reserve"])
    want["Equity:Deficit"] = Decimal(last["carried-out"]["deficit"])
    want["Expenses:Commissions"] = commissions
    return want, commissions


def check_balances(name, files, payouts, digits, settled):
    want, commissions = expected(payouts, settled)
    quantum = Decimal(1).scaleb(-digits)
    for tool, got in (("ledger", ledger_balances(files["ledger"])),
                      ("hledger", hledger_balances(files["hledger"]))):
        for account, amount in want.items():
            have = got.get(account, Decimal(0))
            check(have == amount and have == have.quantize(quantum),
                  f"{name}: {tool} bal {account} is {got.get(account)}, coop says {amount}")
        income = sum((v for a, v in got.items() if a.startswith("Income:")), Decimal(0))
        check(income == -commissions,
              f"{name}: {tool}: the income accounts are minus the commissions ({income}, "
              f"coop says {-commissions})")
        others = {a: v for a, v in got.items()
                  if a.startswith("Expenses:") and a != "Expenses:Commissions" and v != 0}
        check(not others, f"{name}: {tool}: the expense accounts are closed ({others})")
    r = subprocess.run(["bean-check", files["beancount"]], capture_output=True, text=True)
    check(r.returncode == 0 and r.stdout + r.stderr == "",
          f"{name}: bean-check accepts the export ({r.stdout}{r.stderr})")
    rows = list(csv.reader(io.StringIO(run(
        "bean-query", "-f", "csv", files["beancount"],
        "SELECT account, sum(number) AS n GROUP BY account ORDER BY account"))))[1:]
    got = {a.strip(): Decimal(n.strip()) for a, n in rows}  # padded
    for account, amount in want.items():
        check(got.get(account, Decimal(0)) == amount,
              f"{name}: bean-query {account} is {got.get(account)}, coop says {amount}")
    with open(files["csv"], encoding="utf-8", newline="") as f:
        got = {}
        for row in csv.DictReader(f):
            got[row["account"]] = got.get(row["account"], Decimal(0)) + Decimal(row["amount"])
    for account, amount in want.items():
        check(got.get(account, Decimal(0)) == amount,
              f"{name}: csv {account} sums to {got.get(account)}, coop says {amount}")


def check_parties(name, files):
    ledger_payees = set(run("ledger", "-f", files["ledger"], "payees").splitlines())
    hledger_payees = set(run("hledger", "-f", files["hledger"], "payees").splitlines())
    hledger_tags = set(run("hledger", "-f", files["hledger"], "tags", "party",
                           "--values").splitlines())
    rows = list(csv.reader(io.StringIO(run("bean-query", "-f", "csv", files["beancount"],
                                           "SELECT DISTINCT payee"))))[1:]
    bean_payees = {r[0].strip() for r in rows}  # padded
    with open(files["csv"], encoding="utf-8", newline="") as f:
        csv_payees = {row["payee"] for row in csv.DictReader(f)}
    for party in PARTIES:
        check(party in ledger_payees, f"{name}: ledger payees has {party!r}")
        if ";" in party or "|" in party:
            # hledger cannot hold them in a description: the party tag does
            check(party in hledger_tags, f"{name}: hledger tag party has {party!r}")
        else:
            check(party in hledger_payees, f"{name}: hledger payees has {party!r}")
        check(party in bean_payees, f"{name}: bean-query payees has {party!r}")
        check(party in csv_payees, f"{name}: the csv has the payee {party!r}")


def months_of(root):
    found = set()
    for folder in ("contributions", "revenue"):
        for dirpath, _, names in os.walk(os.path.join(root, folder)):
            rel = os.path.relpath(dirpath, os.path.join(root, folder)).split(os.sep)
            if len(rel) == 2 and names:
                found.add(f"{rel[0]}-{rel[1]}")
    return sorted(found)


def export(L, tag, *args):
    files = {}
    for fmt in ("ledger", "hledger", "beancount", "csv"):
        path = os.path.join(L.tmp, f"books-{tag}.{fmt}")
        L.coop_ok("export", "--format", fmt, "--output", path, *args)
        files[fmt] = path
    return files


def write_payees(L):
    """Every member's bank details, outside the ledger (coop pay refuses them inside)."""
    path = os.path.join(L.tmp, "payees.yaml")
    handles = sorted(f[:-5] for f in os.listdir(os.path.join(L.root, "members")))
    with open(path, "w", encoding="utf-8") as f:
        f.write("payees:\n" + "".join(
            f"  {h}: {{name: {h}, iban: DE89 3704 0044 0532 0130 00}}\n" for h in handles))
    return path


def next_month(month):
    y, m = map(int, month.split("-"))
    return f"{y + m // 12}-{m % 12 + 1:02d}-01"


payments_recorded = [0]
losses = carried = 0
for name, generated, currency, digits in LEDGERS:
    L = writelib.Ledger(init=False)
    if generated is None:
        shutil.copytree(STARFISH, L.root)
        email, who = "alice@example.org", "Alice Martin"
    else:
        seed, members, months, extra = generated
        subprocess.run(["/usr/bin/python3", GEN, L.root, "--members", str(members), "--months",
                        str(months), "--per-month", "2", "--seed", str(seed),
                        "--format-version", "2", *extra], check=True)
        email, who = "m0000@example.org", "Member 0"
    if currency != "EUR":
        to_currency(L.root, currency, digits)
    rename_parties(L.root)
    L.init_repository(email, who)
    L.git("add", "-A")
    L.git("commit", "-q", "-m", "The books")
    valid, said = L.valid()
    check(valid, f"{name}: the ledger is valid ({said.strip()[:300]})")
    month_list = months_of(L.root)
    payees = write_payees(L)
    payouts = []
    for month in month_list:
        p = L.run("close", month, "--commit", "--force")
        check(p.returncode == 0, f"{name}: coop close {month} --commit ({p.stderr.strip()})")
        payouts.append(json.loads(L.coop_ok("payout", "--period", month, "--format", "json")))
        p = L.run("pay", month, "--format", "csv", "--payees", payees, "-o",
                  os.path.join(L.tmp, f"{month}.csv"), "--date", next_month(month), "--commit")
        check(p.returncode == 0, f"{name}: coop pay {month} --commit ({p.stderr.strip()})")
    recorded = sum(len(L.load(f"payments/{m}.yaml")["payments"] or []) for m in month_list)
    print(f"{name}: {recorded} payments recorded")
    payments_recorded[0] += recorded
    losses += sum(Decimal(p["totals"]["loss"]) > 0 for p in payouts)
    carried += sum(Decimal(m["balance-out"]) > 0 for p in payouts for m in p["members"])
    files = export(L, "all")
    check_balances(name, files, payouts, digits, len(payouts))
    check_parties(name, files)
    text = open(files["ledger"], encoding="utf-8").read()
    check(f" {currency}\n" in text and " EUR\n" not in text.replace(f" {currency}\n", ""),
          f"{name}: amounts in {currency}")
    # --period: the books up to and including that month, the months after it
    # left out (their entries and distributions).
    middle = len(month_list) // 2
    files = export(L, "period", "--period", month_list[middle])
    # The middle month's payments are dated the month after: not in these books.
    check_balances(f"{name} --period {month_list[middle]}", files, payouts[:middle + 1], digits,
                   middle)
    L.close()

check(losses > 0, f"the generated ledgers have months with a loss ({losses})")
check(carried > 0, f"the ledgers carry balances from month to month ({carried})")
check(payments_recorded[0] > 0, f"the ledgers record payments ({payments_recorded[0]})")
finish()
