#!/usr/bin/python3
"""coop audit and payments/<period>.yaml (SPEC 9): audit treats a payments
record like a statement. O1: added only by a treasurer (as of the parent);
O2: once committed, never changed or removed; O4: at its commit it equals
the statement's paid amounts. A history that records them with
`coop pay --commit` audits clean; each rule broken once, in its own commit."""
import os
import re

from auditlib import Books, check, expect, finish, findings, keypair

from writelib import refused

PATH = "payments/2026-10.yaml"
B = Books()
B.coop_ok("revenue", "add", "1000", "--party", "ACME", "--date", "2026-10-01", "--commit")
a1 = B.log("alice", "2h", "Alice one", "2026-10-03")
b1 = B.log("bob", "3h", "Bob one", "2026-10-04")
B.review("bob", a1, 4, "2026-10-06")
B.review("carol", a1, 4, "2026-10-06")
B.review("alice", b1, 3, "2026-10-06")
B.review("carol", b1, 3, "2026-10-06")
B.coop_ok("close", "2026-10", "--commit")
payees = os.path.join(B.tmp, "payees.yaml")
with open(payees, "w") as f:
    f.write("payees:\n"
            "  alice: {name: Alice Martin, iban: DE89 3704 0044 0532 0130 00}\n"
            "  bob: {name: Bob, iban: DE89 3704 0044 0532 0130 00}\n")
bank = os.path.join(B.tmp, "2026-10.csv")
B.coop_ok("pay", "2026-10", "--format", "csv", "--payees", payees, "-o", bank, "--date",
          "2026-11-05", "--commit")
recorded = B.head()
status, report = B.audit()
check(status == 0 and not findings(report),
      f"payments recorded by coop pay --commit audit clean ({report['findings']})")
good = B.read(PATH)

# O2: changed after it was committed (the date moved), then removed.
B.write(PATH, good.replace("date: 2026-11-05", "date: 2026-11-06"))
changed = B.commit("move a payment's date", "alice", PATH)
B.git("rm", "-q", PATH)
removed = B.commit("drop the payments record", "alice")

# O1: bob, no treasurer, records them (the same record, which O4 accepts).
B.write(PATH, good)
by_bob = B.commit("bob records the payments", "bob", PATH)
B.git("rm", "-q", PATH)
B.commit("drop bob's record", "alice")

# O4: alice records an amount the statement does not pay.
paid = re.search(r'handle: alice\n    amount: "([0-9.]+)"', good).group(1)
B.write(PATH, good.replace(f'handle: alice\n    amount: "{paid}"',
                           'handle: alice\n    amount: "1.00"'))
wrong = B.commit("record a wrong amount", "alice", PATH)
line = next(i for i, text in enumerate(B.read(PATH).split("\n"), 1) if '"1.00"' in text)
B.git("rm", "-q", PATH)
B.commit("drop the wrong record", "alice")

# O4: the right amounts, but naming a statement blob that is not the statement's.
blob = B.git("rev-parse", "HEAD:payouts/2026-10.yaml").strip()
check(f'statement: "{blob}"' in good, "the record names the statement's blob")
B.write(PATH, good.replace(blob, "0123456789abcdef0123456789abcdef01234567"))
other_blob = B.commit("record against another statement", "alice", PATH)

status, report = B.audit()
check(status == 1, f"exit 1 (got {status})")
expect(report, "O2", PATH, "the payments record of 2026-10 was changed after it was committed",
       "a changed record", changed)
expect(report, "O2", PATH, "the payments record of 2026-10 was removed after it was committed",
       "a removed record", removed)
expect(report, "O1", PATH,
       "payments recorded by bob@example.org (bob), who is not a treasurer", "bob's record",
       by_bob)
expect(report, "O4", PATH,
       f"does not match the statement at this commit: line {line}: alice is paid 1.00 here, but "
       f"{paid} in payouts/2026-10.yaml", "a wrong amount", wrong)
expect(report, "O4", PATH,
       f"names the statement blob 0123456, but payouts/2026-10.yaml at this commit is {blob[:7]}",
       "another statement's blob", other_blob)
o4 = [f for f in findings(report, "O4")]
check(len(o4) == 2, f"only the wrong amount and the wrong blob are O4 findings ({o4})")
check(not any(f["commit"] == recorded for f in findings(report)),
      "coop pay --commit's own commit has no finding")

# signed-commits: true. coop pay --commit signs with git's user.signingkey,
# and refuses, writing nothing, when git has none.
alice_key, alice_pub = keypair("alice")
bob_key, bob_pub = keypair("bob")
S = Books(keys={"alice": [alice_pub], "bob": [bob_pub]})
S.log("alice", "1h", "September's work", "2026-09-01")
S.log("bob", "1h", "September's work", "2026-09-01")
pid = S.coop_ok("propose", "--policy", "rules.signed-commits=true", "--title", "Sign every commit",
                "--date", "2026-09-02", "--commit").strip()
S.as_user("bob")
S.coop_ok("consent", pid, "--date", "2026-09-02", "--commit")
S.as_user("alice")
S.git("config", "gpg.format", "ssh")
S.git("config", "user.signingkey", alice_key)
S.coop_ok("enact", pid, "--commit")
S.coop_ok("revenue", "add", "500", "--party", "ACME", "--date", "2026-09-10", "--commit")
S.coop_ok("close", "2026-09", "--commit")
S.git("config", "--unset", "user.signingkey")
refused(S, ["pay", "2026-09", "--format", "csv", "--payees", payees, "-o", bank, "--commit"], 2,
        "signed commits without a signing key",
        "coop: error: coop.yaml says signed-commits: true, and git has no user.signingkey to sign "
        "with; run git config user.signingkey ~/.ssh/id_ed25519.pub (a key listed in your members "
        "file), then coop pay --commit")
S.git("config", "user.signingkey", alice_key)
S.coop_ok("pay", "2026-09", "--format", "csv", "--payees", payees, "-o", bank, "--commit")
check("-----BEGIN SSH SIGNATURE-----" in S.git("cat-file", "commit", "HEAD"),
      "coop pay --commit signs the record's commit")
status, report = S.audit()
check(status == 0 and not findings(report),
      f"the signed history audits clean, coop close's and coop pay's commits included "
      f"({report['findings']})")
S.close()
B.close()
finish()
