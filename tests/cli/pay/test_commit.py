#!/usr/bin/python3
"""coop pay PERIOD --commit: payments/PERIOD.yaml recorded once, by a
treasurer, from the committed statement, and committed alone; the bank file
written as before (to -o FILE or standard output); every refusal with its
message and nothing written or committed.

    test_commit.py COOP STARFISH
"""
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "write"))
import writelib  # noqa: E402
from writelib import check, finish, refused  # noqa: E402

STARFISH = sys.argv[2]
IBAN = "DE89 3704 0044 0532 0130 00"

L = writelib.Ledger(init=False)
shutil.copytree(STARFISH, L.root)
L.init_repository("alice@example.org", "Alice Martin")  # alice is the treasurer
L.git("add", "-A")
L.git("commit", "-q", "-m", "The books")
months = ["2026-09", "2026-10", "2026-11"]
for m in months:
    L.coop_ok("close", m, "--commit", "--force")
handles = sorted(f[:-5] for f in os.listdir(L.path("members")))
payees = os.path.join(L.tmp, "payees.yaml")
with open(payees, "w") as f:
    f.write("payees:\n" + "".join(f"  {h}: {{name: {h.capitalize()}, iban: {IBAN}}}\n"
                                  for h in handles))


def paid_in(month):
    data = L.load(f"payouts/{month}.yaml")
    return {m["member"]: m["paid"] for m in data["members"] if Decimal(m["paid"]) > 0}


def pay(month, *extra):
    return ["pay", month, "--payees", payees, *extra]


# Refusals, each before anything is written: no bank file, no record, no commit.
bank = os.path.join(L.tmp, "bank.csv")
refused(L, pay("2026-12", "--format", "csv", "-o", bank, "--commit"), 1, "a period not closed",
        "2026-12 is not closed")
check(not os.path.exists(bank), "a period not closed: no bank file")

L.git("config", "user.email", "bob@example.org")
refused(L, pay("2026-09", "--format", "csv", "-o", bank, "--commit"), 1, "not a treasurer",
        "coop: error: only treasurers record payments: you commit as bob@example.org (bob), who "
        "has no role treasurer in members/bob.yaml")
L.git("config", "user.email", "nobody@example.org")
refused(L, pay("2026-09", "--format", "csv", "-o", bank, "--commit"), 1, "not a member",
        "only treasurers record payments: you commit as nobody@example.org, which is no "
        "member's address")
L.git("config", "user.email", "alice@example.org")
check(not os.path.exists(bank), "not a treasurer: no bank file")

statement = L.read("payouts/2026-09.yaml")
L.write("payouts/2026-09.yaml", statement + "# checked\n")
refused(L, pay("2026-09", "--format", "csv", "-o", bank, "--commit"), 1,
        "an uncommitted statement",
        "coop: error: the statement payouts/2026-09.yaml is not committed: payments are recorded "
        "against the committed statement; commit it first (coop close 2026-09 --commit commits "
        "and tags it)")
L.write("payouts/2026-09.yaml", statement)

few = os.path.join(L.tmp, "few.yaml")
with open(few, "w") as f:
    f.write(f"payees:\n  alice: {{name: Alice, iban: {IBAN}}}\n")
p = refused(L, ["pay", "2026-09", "--format", "csv", "--payees", few, "-o", bank, "--commit"], 1,
            "a payee missing")
check("no bank file written" in p.stderr and not os.path.exists(bank),
      f"a payee missing: no bank file and no record ({p.stderr.strip()[-200:]})")

# Recorded: the bank file as before, and payments/2026-09.yaml committed alone.
head = L.git("rev-parse", "HEAD").strip()
p = L.run(*pay("2026-09", "--format", "csv", "-o", bank, "--date", "2026-10-05", "--commit"))
check(p.returncode == 0, f"coop pay 2026-09 --commit ({p.stderr.strip()[:300]})")
check(os.path.exists(bank), "the bank file is written")
check(re.search(r"^recorded payments/2026-09\.yaml and committed it as [0-9a-f]{7}$", p.stdout,
                re.M) is not None, f"it says what it recorded ({p.stdout.strip()})")
check(L.git("rev-parse", "HEAD~1").strip() == head, "one new commit")
changed = L.git("show", "--name-only", "--format=", "HEAD").split()
check(changed == ["payments/2026-09.yaml"], f"the commit holds the record alone ({changed})")
subject = L.git("log", "-1", "--format=%s").strip()
paid = paid_in("2026-09")
total = sum(Decimal(v) for v in paid.values())
check(subject == f"Record the payments of 2026-09: {len(paid)} payments, {total:.2f} EUR",
      f"the commit message ({subject})")
check(L.git("status", "--porcelain") == "", "the work tree is clean")
record = L.load("payments/2026-09.yaml")
for r in record["payments"]:
    r["date"] = str(r["date"])  # YAML reads a date
blob = L.git("rev-parse", "HEAD:payouts/2026-09.yaml").strip()
want = {"period": "2026-09", "currency": "EUR", "statement": blob,
        "payments": [{"handle": h, "amount": v, "reference": f"2026-09-{h}",
                      "date": "2026-10-05"} for h, v in sorted(paid.items())]}
check(record == want, f"the record is the statement's paid amounts ({record})")
text = L.read("payments/2026-09.yaml")
check("DE89" not in text and "iban" not in text.lower() and "Alice Martin" not in text,
      "no bank details in the record")
check(L.read("payments/2026-09.yaml").startswith(
    "# yaml-language-server: $schema=../schema/payments.schema.json\n"), "the schema modeline")
ok, said = L.valid()
check(ok, f"coop validate accepts it ({said.strip()[:300]})")

refused(L, pay("2026-09", "--format", "csv", "-o", bank, "--commit"), 1, "recorded twice",
        "coop: error: payments of 2026-09 are already recorded in payments/2026-09.yaml")

# SEPA to standard output: the XML alone on stdout, what coop says on stderr.
p = L.run(*pay("2026-10", "--date", "2026-11-04", "--commit"))
check(p.returncode == 0 and p.stdout.startswith("<?xml") and p.stdout.rstrip().endswith(
    "</Document>"), f"sepa --commit: the XML on stdout ({p.stderr.strip()[:300]})")
check("recorded payments/2026-10.yaml and committed it as" in p.stderr,
      f"sepa --commit: the record on stderr ({p.stderr.strip()})")
for h in paid_in("2026-10"):
    check(f"<EndToEndId>2026-10-{h}</EndToEndId>" in p.stdout,
          f"the record's reference is the EndToEndId sent ({h})")
check("date: 2026-11-04\n" in L.read("payments/2026-10.yaml"), "--date recorded")

# A record kept out of the history: a plain `coop pay` writes nothing in the ledger.
before = L.fingerprint()
L.coop_ok(*pay("2026-11", "--format", "csv"))
check(L.fingerprint() == before, "coop pay without --commit records nothing")

p = L.run("audit")
check(p.returncode == 0, f"coop audit is clean ({p.stdout.strip()[-300:]}{p.stderr.strip()[:300]})")
L.close()
finish()
