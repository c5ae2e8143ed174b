#!/usr/bin/python3
"""coop revenue add and coop expense add: treasurers only, ids, amounts."""
from writelib import Ledger, check, finish, refused

L = Ledger()
L.add_member("alice", "--role", "treasurer")
L.add_member("dave")
L.add_member("erin", "--role", "treasurer")

rid = L.coop_ok("revenue", "add", "1200", "--party", "ACME Corp", "--project", "website",
                "--connector", "dave", "--date", "2026-11-10", "--memo",
                "Support contract, November").strip()
check(rid == "rev-20261110-acme-corp", f"the id is a slug of the party ({rid})")
r2 = L.coop_ok("revenue", "add", "300.5", "--party", "ACME Corp", "--date", "2026-11-10").strip()
check(r2 == "rev-20261110-acme-corp-2", f"made unique with -2 ({r2})")
r3 = L.coop_ok("revenue", "add", "1", "--party", "ACME Corp", "--date", "2026-11-10").strip()
check(r3 == "rev-20261110-acme-corp-3", f"then -3 ({r3})")
r4 = L.coop_ok("revenue", "add", "5", "--party", "Very Long Party Name Incorporated!",
               "--date", "2026-11-10").strip()
check(r4 == "rev-20261110-very-long-party", f"at most 16 characters, no trailing dash ({r4})")
r5 = L.coop_ok("revenue", "add", "5", "--party", "¡¿!", "--date", "2026-11-10",
               "--id-suffix", "donation").strip()
check(r5 == "rev-20261110-donation", f"--id-suffix ({r5})")
e1 = L.coop_ok("expense", "add", "80", "--party", "Hosting Co", "--date", "2026-11-12").strip()
check(e1 == "rev-20261112-hosting-co", f"expense id ({e1})")
check(L.read("revenue/2026/11/alice.yaml") == f"""\
# yaml-language-server: $schema=../../../schema/revenue.schema.json
treasurer: alice
entries:
  - id: rev-20261110-acme-corp
    date: 2026-11-10
    type: income
    amount: "1200.00"
    party: ACME Corp
    project: website
    connector: dave
    memo: Support contract, November
  - id: rev-20261110-acme-corp-2
    date: 2026-11-10
    type: income
    amount: "300.50"
    party: ACME Corp
  - id: rev-20261110-acme-corp-3
    date: 2026-11-10
    type: income
    amount: "1.00"
    party: ACME Corp
  - id: rev-20261110-very-long-party
    date: 2026-11-10
    type: income
    amount: "5.00"
    party: Very Long Party Name Incorporated!
  - id: rev-20261110-donation
    date: 2026-11-10
    type: income
    amount: "5.00"
    party: "¡¿!"
  - id: rev-20261112-hosting-co
    date: 2026-11-12
    type: expense
    amount: "80.00"
    party: Hosting Co
""", "revenue/2026/11/alice.yaml exactly")
ok, text = L.valid()
check(ok, f"valid ({text.strip()})")

# A second treasurer books the same month in a file of their own: no conflict
# in git, and ids stay unique across both files (and the v1 file of the month).
e2 = L.coop_ok("revenue", "add", "70", "--party", "ACME Corp", "--date", "2026-11-10",
               "--as", "erin").strip()
check(e2 == "rev-20261110-acme-corp-4", f"unique across treasurers' files ({e2})")
check(L.read("revenue/2026/11/erin.yaml").startswith(
    "# yaml-language-server: $schema=../../../schema/revenue.schema.json\ntreasurer: erin\n"
    "entries:\n  - id: rev-20261110-acme-corp-4\n"), "erin's own file")
L.write("revenue/2026/11.yaml", "entries:\n  - id: rev-20261113-old\n    date: 2026-11-13\n"
        "    type: income\n    amount: \"9.00\"\n    party: Old Client\n")
refused(L, ["revenue", "add", "10", "--party", "X", "--id-suffix", "old", "--date", "2026-11-13",
            "--as", "erin"], 1, "an id taken in the v1 file of the month", "duplicate id")
v1 = L.coop_ok("revenue", "add", "10", "--party", "Old Client", "--date", "2026-11-13").strip()
check(v1 == "rev-20261113-old-client", f"the v1 file is read for ids ({v1})")
check("rev-20261113-old-client" in L.read("revenue/2026/11/alice.yaml") and
      L.read("revenue/2026/11.yaml").count("- id:") == 1, "new entries go to the treasurer's file, "
      "never to the v1 file")
ok, text = L.valid()
check(ok, f"valid with both layouts ({text.strip()})")

refused(L, ["revenue", "add", "10", "--party", "X", "--as", "dave"], 1, "not a treasurer",
        "only treasurers write revenue/")
refused(L, ["expense", "add", "10", "--party", "X", "--as", "dave"], 1, "expense: not a treasurer")
refused(L, ["revenue", "add", "10.001", "--party", "X"], 1, "too many decimals",
        "more than 2 decimal places")
refused(L, ["revenue", "add", "0", "--party", "X"], 1, "zero", "greater than zero")
refused(L, ["revenue", "add", "ten", "--party", "X"], 1, "not a number", "not a decimal number")
refused(L, ["revenue", "add", "10"], 2, "no --party")
refused(L, ["revenue", "add", "10", "--party", "X", "--connector", "zed"], 1,
        "an unknown connector", "unknown connector 'zed'")
refused(L, ["revenue", "add", "10", "--party", "X", "--connector", "dave", "--date",
            "2025-12-01"], 1, "a connector not yet a member", "was not a member")
refused(L, ["revenue", "add", "10", "--party", "X", "--id-suffix", "acme-corp", "--date",
            "2026-11-10"], 1, "a taken --id-suffix", "duplicate id")
refused(L, ["revenue", "add", "10", "--party", "X", "--id-suffix", "Bad_Suffix"], 1,
        "a bad --id-suffix", "does not fit its entry")
refused(L, ["revenue", "add", "10", "--party", "X", "--project", "general"], 1,
        "project 'general'", "'general' names the pool")
refused(L, ["expense", "add", "10", "--party", "X", "--connector", "dave"], 2,
        "expense has no --connector")
L.write("payouts/2026-Q3.yaml", "period: 2026-Q3\n")
refused(L, ["expense", "add", "10", "--party", "X", "--date", "2026-09-30"], 1,
        "a closed quarter", "closed period")
ok, text = L.valid()
check(ok, f"still valid ({text.strip()})")
L.close()
finish()
