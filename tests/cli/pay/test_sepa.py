#!/usr/bin/python3
"""coop pay: the SEPA and CSV files of the example ledger and of generated
ledgers, closed month by month, validated by xmllint against the vendored
pain.001.001.03 schema and by the rules the schema does not check
(sepa_rules.py); every refusal, with its exact message and nothing written.

    test_sepa.py COOP GEN_LEDGER_PY STARFISH XSD
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "write"))
sys.path.insert(0, HERE)
import writelib  # noqa: E402
from writelib import check, finish  # noqa: E402
import sepa_rules  # noqa: E402

GEN, STARFISH, XSD = sys.argv[2], sys.argv[3], sys.argv[4]
PAYER = "payer: {name: Starfish Cooperative, iban: DE89 3704 0044 0532 0130 00, bic: COBADEFFXXX}\n"
LONG = "grace-adeyemi-of-harbour-bakery1"  # 32 characters: the end-to-end id takes the SHA-1 form
assert len(LONG) == 32


def iban(country, bban):
    """A valid IBAN: the check digits computed with mod 97."""
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def xmllint(path):
    p = subprocess.run(["xmllint", "--noout", "--schema", XSD, path], capture_output=True,
                       text=True)
    return p.returncode == 0, p.stderr.strip()


def account(n):
    """The n-th member's IBAN (none is the payer's)."""
    return iban("DE", f"{37040045 + n:08d}{532013000 + n:010d}")


def payees_yaml(handles, special=None):
    lines = ["payees:"]
    for n, h in enumerate(handles):
        entry = (special or {}).get(h)
        if entry is None:
            entry = f"{{name: {h.capitalize()} Member, iban: {spaced(account(n))}, bic: COBADEFFXXX}}"
        lines.append(f"  {h}: {entry}")
    return "\n".join(lines) + "\n"


def close_all(L, name):
    months = sorted({"-".join(p.split("/")[1:3]) for p in L.git("ls-files").split()
                     if re.match(r"^(contributions|revenue|reviews)/\d{4}/\d{2}/", p)})
    for month in months:
        p = L.run("close", month, "--commit", "--force")
        check(p.returncode == 0, f"{name}: coop close {month} ({p.stderr.strip()[:200]})")
    return months


def paid_in(L, month):
    data = L.load(f"payouts/{month}.yaml")
    return {m["member"]: m["paid"] for m in data["members"] if Decimal(m["paid"]) > 0}


def check_sepa_file(L, name, month, payees_path, expect_names=None):
    """coop pay MONTH -o FILE: xmllint and the rules accept it, and it pays the statement."""
    out = os.path.join(L.tmp, f"{month}.xml")
    p = L.run("pay", month, "--payees", payees_path, "-o", out, "--date", "2026-12-10")
    paid = paid_in(L, month)
    if not paid:
        check(p.returncode == 1 and f"coop: error: nothing to pay in {month}" in p.stderr,
              f"{name} {month}: nothing to pay is refused ({p.stderr.strip()[:200]})")
        return None
    if not check(p.returncode == 0, f"{name} {month}: coop pay ({p.stderr.strip()[:300]})"):
        return None
    total = sum((Decimal(v) for v in paid.values()), Decimal(0))
    check(p.stdout == f"{out}: {len(paid)} payment{'s' if len(paid) != 1 else ''} of {month}, "
          f"{total:.2f} EUR in all\n", f"{name} {month}: says what it wrote ({p.stdout!r})")
    ok, err = xmllint(out)
    check(ok, f"{name} {month}: xmllint --schema pain.001.001.03.xsd accepts it ({err[:300]})")
    text = open(out, encoding="utf-8").read()
    check(sepa_rules.problems(text) == [],
          f"{name} {month}: the rules the schema does not check hold "
          f"({sepa_rules.problems(text)[:3]})")
    got = dict(re.findall(r"<EndToEndId>([^<]*)</EndToEndId>\s*</PmtId>\s*<Amt>\s*"
                          r"<InstdAmt Ccy=\"EUR\">([^<]*)</InstdAmt>", text))
    want = {}
    for h, v in paid.items():
        e2e = f"{month}-{h}"
        if len(e2e) > 35:
            e2e = f"{month}-" + hashlib.sha1(h.encode()).hexdigest()[:27]
        want[e2e] = v
    check(got == want, f"{name} {month}: one transfer per paid member, the statement's amount "
          f"(got {sorted(got.items())[:3]}, want {sorted(want.items())[:3]})")
    check(f"<ReqdExctnDt>2026-12-10</ReqdExctnDt>" in text, f"{name} {month}: --date")
    return text


# 1. The example ledger, closed month by month, with a payer and a payees file.
L = writelib.Ledger(init=False)
shutil.copytree(STARFISH, L.root)
for dirpath, _, names in os.walk(L.root):
    for fn in names:
        path = os.path.join(dirpath, fn)
        text = open(path, encoding="utf-8").read()
        new = re.sub(r"\bgrace\b", LONG, text)
        if fn == "grace.yaml":
            os.remove(path)
            path = os.path.join(dirpath, f"{LONG}.yaml")
        open(path, "w", encoding="utf-8").write(new)
if "payer:" not in L.read("coop.yaml"):
    L.write("coop.yaml", PAYER, mode="a")
L.init_repository()
L.git("add", "-A")
L.git("commit", "-q", "-m", "The example, with a payer")
check(L.run("validate").returncode == 0, "starfish: valid with a payer and a 32-character handle")
handles = sorted(f[:-5] for f in os.listdir(L.path("members")))
special = {"erin": "{name: Zoë & Søren, iban: " + spaced(iban("FR", "20041010050500013M026")) + "}"}
payees = os.path.join(L.tmp, "payees.yaml")
open(payees, "w", encoding="utf-8").write(payees_yaml(handles, special))
months = close_all(L, "starfish")
seen_long = seen_zoe = False
for month in months:
    text = check_sepa_file(L, "starfish", month, payees)
    if text is None:
        continue
    if LONG in paid_in(L, month):
        seen_long = True
        e2e = f"{month}-" + hashlib.sha1(LONG.encode()).hexdigest()[:27]
        check(f"<EndToEndId>{e2e}</EndToEndId>" in text and len(e2e) == 35,
              f"starfish {month}: a 32-character handle's EndToEndId is the SHA-1 form {e2e}")
    if "erin" in paid_in(L, month):
        seen_zoe = True
        check("<Nm>Zoe + Soren</Nm>" in text and "Zoë" not in text and "&" not in text,
              f"starfish {month}: Zoë & Søren is written Zoe + Soren")
        check("<CdtrAgt>" not in text.split("<EndToEndId>" + month + "-erin<")[1].split(
            "</CdtTrfTxInf>")[0], f"starfish {month}: a payee without a BIC has no CdtrAgt")
    check("<Ustrd>Starfish Cooperative payout " + month + "</Ustrd>" in text,
          f"starfish {month}: the reference")
check(seen_long, "starfish: the long handle is paid in some month")
check(seen_zoe, "starfish: Zoë & Søren is paid in some month")
last = months[-1]
paid = paid_in(L, last)

# CSV: handle, name, iban, amount, currency, reference.
p = L.run("pay", last, "--format", "csv", "--payees", payees)
rows = p.stdout.split("\n")
check(p.returncode == 0 and rows[0] == "handle,name,iban,amount,currency,reference",
      f"csv: the header ({p.stderr.strip()[:200]})")
check(len(rows) == len(paid) + 2 and rows[-1] == "", f"csv: one line per payment ({len(rows)})")
first = sorted(paid)[0]
n = handles.index(first)
check(rows[1] == f"{first},{first.capitalize()} Member,{account(n)},{paid[first]},EUR,Starfish "
      f"Cooperative payout {last}", f"csv: the first line ({rows[1]!r})")

# The rules checker fails on each rule, where the schema does not.
good = check_sepa_file(L, "starfish", last, payees)
tx_amount = re.search(r'<InstdAmt Ccy="EUR">([^<]*)</InstdAmt>', good).group(1)
first_e2e = re.search(r"<EndToEndId>([^<]*)</EndToEndId>", good).group(1)
second_e2e = re.findall(r"<EndToEndId>([^<]*)</EndToEndId>", good)[1]
count = re.search(r"<NbOfTxs>([^<]*)</NbOfTxs>", good).group(1)
total = re.search(r"<CtrlSum>([^<]*)</CtrlSum>", good).group(1)
iban_first = re.findall(r"<IBAN>([^<]*)</IBAN>", good)[1]
bad_iban = iban_first[:-1] + str((int(iban_first[-1]) + 1) % 10)
cases = [
    ("NbOfTxs", good.replace(f"<NbOfTxs>{count}</NbOfTxs>", f"<NbOfTxs>{int(count) + 1}</NbOfTxs>", 1),
     f"GrpHdr: NbOfTxs is {int(count) + 1}, the file has {count} transfers"),
    ("CtrlSum", good.replace(f"<CtrlSum>{total}</CtrlSum>",
                             f"<CtrlSum>{Decimal(total) + Decimal('0.01')}</CtrlSum>", 1),
     f"GrpHdr: CtrlSum is {Decimal(total) + Decimal('0.01')}, the transfers sum to {total}"),
    ("3 decimals", good.replace(f'<InstdAmt Ccy="EUR">{tx_amount}<', f'<InstdAmt Ccy="EUR">{tx_amount}0<', 1),
     f"{first_e2e}: amount '{tx_amount}0' has not exactly 2 decimals"),
    ("zero amount", good.replace(f'<InstdAmt Ccy="EUR">{tx_amount}<', '<InstdAmt Ccy="EUR">0.00<', 1),
     f"{first_e2e}: amount 0.00 is below 0.01"),
    ("not EUR", good.replace(f'<InstdAmt Ccy="EUR">{tx_amount}<', f'<InstdAmt Ccy="USD">{tx_amount}<', 1),
     f"{first_e2e}: currency USD, not EUR"),
    ("IBAN mod 97", good.replace(f"<IBAN>{iban_first}</IBAN>", f"<IBAN>{bad_iban}</IBAN>", 1),
     f"{first_e2e}: IBAN {bad_iban} fails mod 97"),
    ("BIC", good.replace("<BIC>COBADEFFXXX</BIC>", "<BIC>COBADE1FXXX</BIC>", 2),
     f"{first_e2e}: BIC COBADE1FXXX is not a BIC"),
    ("EndToEndId repeated", good.replace(f"<EndToEndId>{second_e2e}<", f"<EndToEndId>{first_e2e}<"),
     f"EndToEndId '{first_e2e}' is repeated"),
    ("EndToEndId over 35", good.replace(f"<EndToEndId>{first_e2e}<", f"<EndToEndId>{last}-{LONG}<"),
     f"EndToEndId '{last}-{LONG}' is 40 characters, more than 35"),
    ("SEPA characters", good.replace("<Nm>Zoe + Soren</Nm>", "<Nm>Zoë &amp; Søren</Nm>"),
     "Nm 'Zoë & Søren' has characters outside the SEPA set"),
]
for what, text, message in cases:
    check(text != good and text.count("<CdtTrfTxInf>") == good.count("<CdtTrfTxInf>"),
          f"rules: {what}: the file was changed")
    got = sepa_rules.problems(text)
    check(message in got, f"rules: {what}: says {message!r} (got {got[:3]})")
    bad = os.path.join(L.tmp, "bad.xml")
    open(bad, "w", encoding="utf-8").write(text)
    if what not in ("EndToEndId over 35", "BIC"):  # the schema catches those two
        ok, err = xmllint(bad)
        check(ok, f"rules: {what}: the schema alone accepts it ({err[:200]})")
    else:
        ok, _ = xmllint(bad)
        check(not ok, f"rules: {what}: the schema refuses it too")

# 2. Refusals: every problem at its place, all of them, and no file written.
out = os.path.join(L.tmp, "refused.xml")


def refused(args, status, stderr, what, exact=True):
    before = L.fingerprint()
    p = L.run("pay", *args, "-o", out)
    check(p.returncode == status, f"{what}: exit {status} (got {p.returncode}: {p.stderr.strip()[:300]})")
    if exact:
        check(p.stderr == stderr, f"{what}: the message\n--- got\n{p.stderr}--- want\n{stderr}")
    else:
        check(stderr in p.stderr, f"{what}: says {stderr!r} (said {p.stderr.strip()[:400]!r})")
    check(not os.path.exists(out), f"{what}: no file written")
    check(L.fingerprint() == before, f"{what}: the ledger as it was")


refused([months[0][:4] + "-12", "--payees", payees], 1,
        f"coop: error: {months[0][:4]}-12 is not closed: coop pay pays what a closed period's "
        f"statement says; close it first (coop close {months[0][:4]}-12)\n", "a period not closed")
refused([months[0][:4] + "-Q4", "--payees", payees], 2,
        f"coop: error: the co-op is paid monthly, so coop pay pays months like 2026-11; "
        f"{months[0][:4]}-Q4 is a quarter\n", "a quarter of a monthly co-op")
broken = payees_yaml(handles, special).split("\n")
paid_sorted = sorted(paid)
missing, bad_acct, bad_bic = paid_sorted[0], paid_sorted[1], paid_sorted[2]
lines = []
for line in broken:
    if line.startswith(f"  {missing}:"):
        continue
    if line.startswith(f"  {bad_acct}:"):
        good_iban = re.search(r"iban: ([^,]*),", line).group(1)
        wrong = good_iban[:-1] + str((int(good_iban[-1]) + 1) % 10)
        line = line.replace(good_iban, wrong)
    if line.startswith(f"  {bad_bic}:"):
        line = line.replace("COBADEFFXXX", "COBADE")
    lines.append(line)
bad_payees = os.path.join(L.tmp, "bad-payees.yaml")
open(bad_payees, "w", encoding="utf-8").write("\n".join(lines))
text_lines = "\n".join(lines).split("\n")
acct_line = next(i for i, l in enumerate(text_lines, 1) if l.startswith(f"  {bad_acct}:"))
bic_line = next(i for i, l in enumerate(text_lines, 1) if l.startswith(f"  {bad_bic}:"))
acct_col = text_lines[acct_line - 1].index("iban: ") + 7
bic_col = text_lines[bic_line - 1].index("bic: ") + 6
p = L.run("pay", last, "--payees", bad_payees, "-o", out)
err = p.stderr
check(p.returncode == 1, f"payees at fault: exit 1 ({err[:300]})")
check(f"{bad_payees}:1:1: error: no payee '{missing}', who is paid {paid[missing]} EUR in {last}; "
      f"add {missing}: {{name: ..., iban: ..., bic: ...}} under 'payees'\n" in err,
      f"payees at fault: the missing payee ({err[:600]})")
check(f"{bad_payees}:{acct_line}:{acct_col}: error: {bad_acct}'s IBAN '{wrong}' fails the IBAN "
      f"check (mod 97): a digit is wrong or two are swapped\n" in err,
      f"payees at fault: the bad IBAN at its place ({err[:600]})")
check(f"{bad_payees}:{bic_line}:{bic_col}: error: {bad_bic}'s BIC 'COBADE' is not a BIC (8 or 11 "
      "capital letters and digits" in err, f"payees at fault: the bad BIC at its place")
check(err.endswith("coop: error: no bank file written: 3 errors\n"),
      f"payees at fault: all three, then nothing written ({err[-200:]!r})")
check(not os.path.exists(out), "payees at fault: no file written")
p = L.run("pay", last, "--format", "csv", "--payees", bad_payees, "-o", out)
check(p.returncode == 1 and "no bank file written: 3 errors" in p.stderr and not os.path.exists(out),
      "payees at fault: csv refused too")

refused([last, "--payees", os.path.join(L.tmp, "none.yaml")], 3,
        f"coop: error: cannot read the payees file '{os.path.join(L.tmp, 'none.yaml')}'", 
        "no payees file", exact=False)
L.write("payees.yaml", payees_yaml(handles))
refused([last, "--payees", L.path("payees.yaml")], 2,
        f"coop: error: the payees file '{L.path('payees.yaml')}' is inside the ledger "
        f"({L.root}): bank details are private and must never be committed; keep it outside "
        "the repository\n", "a payees file inside the ledger")
os.remove(L.path("payees.yaml"))
p = L.run("pay", last, "--payees", payees, "-o", L.path("bank.xml"))
check(p.returncode == 2 and "the bank file" in p.stderr and not os.path.exists(L.path("bank.xml")),
      "a bank file inside the ledger is refused")
p = L.run("pay", last, "--payees", "../payees.yaml")
check(p.returncode == 0 and "<CstmrCdtTrfInitn>" in p.stdout,
      f"--payees relative to the ledger's folder, and standard output ({p.stderr[:200]})")

# No payer: a SEPA file needs the co-op's account; CSV does not.
coop_yaml = L.read("coop.yaml")
without_payer = re.sub(r"^payer:.*\n(  .*\n)*", "", coop_yaml, flags=re.M)
check("payer" not in without_payer and without_payer != coop_yaml, "no payer: removed")
L.write("coop.yaml", without_payer)
refused([last, "--payees", payees], 1,
        "coop.yaml:1:1: error: coop.yaml has no 'payer': a SEPA transfer needs the co-op's own "
        "account, like payer: {name: Starfish Cooperative, iban: DE89 3704 0044 0532 0130 00, "
        "bic: COBADEFFXXX}", "no payer", exact=False)
p = L.run("pay", last, "--format", "csv", "--payees", payees)
check(p.returncode == 0, f"no payer: csv needs none ({p.stderr[:200]})")
L.write("coop.yaml", coop_yaml.replace("iban: DE89 3704", "iban: DE88 3704"))
p = L.run("validate")
check(p.returncode == 1 and "coop.yaml:" in p.stderr and "error: the payer's IBAN 'DE88 3704 0044 "
      "0532 0130 00' fails the IBAN check (mod 97)" in p.stderr,
      f"coop validate checks the payer's IBAN ({p.stderr[:300]})")
L.write("coop.yaml", coop_yaml)
L.close()

# 3. Generated ledgers (losses, carried balances, leavers), closed month by month.
for seed, members, n_months, extra in [
        (31, 6, 4, ["--overhead", "--general-share", "15%", "--minimum-payout", "250.00",
                    "--leavers", "2"]),
        (32, 9, 3, ["--per-month", "3"])]:
    name = f"generated seed {seed}"
    G = writelib.Ledger(init=False)
    subprocess.run(["/usr/bin/python3", GEN, G.root, "--members", str(members), "--months",
                    str(n_months), "--seed", str(seed), "--format-version", "2", *extra],
                   check=True, capture_output=True)
    G.write("coop.yaml", PAYER, mode="a")
    G.init_repository("m0000@example.org", "Member 0")
    G.git("add", "-A")
    G.git("commit", "-q", "-m", "The books")
    handles = sorted(f[:-5] for f in os.listdir(G.path("members")))
    payees = os.path.join(G.tmp, "payees.yaml")
    open(payees, "w", encoding="utf-8").write(payees_yaml(handles))
    files = 0
    for month in close_all(G, name):
        if check_sepa_file(G, name, month, payees) is not None:
            files += 1
    check(files > 0, f"{name}: some month pays someone")
    G.close()

# 4. A co-op that is not in EUR: SEPA refused at the statement's currency, CSV written.
G = writelib.Ledger(init=False)
subprocess.run(["/usr/bin/python3", GEN, G.root, "--members", "3", "--months", "1", "--seed", "33",
                "--format-version", "2"], check=True, capture_output=True)
G.write("coop.yaml", G.read("coop.yaml").replace("currency: EUR", "currency: USD") + PAYER)
G.init_repository("m0000@example.org", "Member 0")
G.git("add", "-A")
G.git("commit", "-q", "-m", "The books")
month = close_all(G, "usd")[0]
handles = sorted(f[:-5] for f in os.listdir(G.path("members")))
payees = os.path.join(G.tmp, "payees.yaml")
open(payees, "w", encoding="utf-8").write(payees_yaml(handles))
currency_line = next(i for i, l in enumerate(G.read(f"payouts/{month}.yaml").split("\n"), 1)
                     if l.startswith("currency:"))
p = G.run("pay", month, "--payees", payees)
check(p.returncode == 1 and p.stdout == "", f"usd: sepa refused ({p.stderr[:300]})")
check(f"payouts/{month}.yaml:{currency_line}:11: error: SEPA credit transfers are in EUR, and "
      f"{month} was paid in USD; write --format csv for a bank that takes USD\n" in p.stderr,
      f"usd: the message at the statement's currency ({p.stderr[:300]})")
p = G.run("pay", month, "--format", "csv", "--payees", payees)
check(p.returncode == 0 and ",USD," in p.stdout, f"usd: csv written ({p.stderr[:200]})")
G.close()

finish()
