#!/usr/bin/python3
"""coop audit, O3: with signed-commits: true, every commit is SSH-signed by one
of its author's keys; coop history shows each commit's signature status."""
import subprocess

from auditlib import Books, check, env, expect, finish, findings, keypair


alice_key, alice_pub = keypair("alice")
bob_key, bob_pub = keypair("bob")
stray_key, _ = keypair("stray")

B = Books(keys={"alice": [alice_pub], "bob": [bob_pub]})


def signed(key):
    return ("-c", "gpg.format=ssh", "-c", f"user.signingkey={key}", "-c", "commit.gpgsign=true")


# The co-op decides to sign: alice proposes, bob consents (every voter: it
# passes at once), and alice enacts it with --commit, which signs with git's
# user.signingkey (a throwaway key) as signed-commits is true after it.
B.log("alice", "1h", "September's work", "2026-09-01")
B.log("bob", "1h", "September's work", "2026-09-01")
B.as_user("alice")
pid = B.coop_ok("propose", "--policy", "rules.signed-commits=true", "--title", "Sign every commit",
                "--date", "2026-09-02", "--commit").strip()
B.as_user("bob")
B.coop_ok("consent", pid, "--date", "2026-09-02", "--commit")
B.as_user("alice")
B.git("config", "gpg.format", "ssh")
B.git("config", "user.signingkey", alice_key)
B.coop_ok("enact", pid, "--commit")
B.git("config", "--unset", "user.signingkey")
on = B.head()
check("-----BEGIN SSH SIGNATURE-----" in B.git("cat-file", "commit", on),
      "coop enact --commit signed the enactment")
status, report = B.audit()
check(status == 0 and report["signatures_checked"] == 1,
      f"the signed commit that turns signatures on passes ({report['findings']})")

B.as_user("alice")
cid = B.coop_ok("log", "2h", "Signed work", "--date", "2026-10-03").strip()
good = B.commit("log", "alice", "contributions/2026/10/alice.yaml", extra=signed(alice_key))
B.as_user("bob")
B.coop_ok("log", "1h", "Unsigned work", "--date", "2026-10-04")
unsigned = B.commit("log", "bob", "contributions/2026/10/bob.yaml")
B.coop_ok("log", "1h", "Signed with the wrong key", "--date", "2026-10-05")
wrong = B.commit("log", "bob", "contributions/2026/10/bob.yaml", extra=signed(stray_key))
# bob signs with alice's key: a good signature, but not by one of bob's keys.
B.coop_ok("log", "1h", "Signed with alice's key", "--date", "2026-10-06")
borrowed = B.commit("log", "bob", "contributions/2026/10/bob.yaml", extra=signed(alice_key))
# A signed commit whose content was changed afterwards: the signature no longer verifies.
B.as_user("alice")
B.coop_ok("review", cid, "4", "--as", "bob", "--date", "2026-10-07")
B.commit("review", "bob", "reviews/2026/10/bob.yaml", extra=signed(bob_key))
raw = B.git("cat-file", "commit", "HEAD")
forged = raw.replace("\nreview\n", "\nreview (tampered)\n")
p = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"], cwd=B.root, env=env(),
                   input=forged, capture_output=True, text=True, check=True)
tampered = p.stdout.strip()
B.git("update-ref", "HEAD", tampered)

status, report = B.audit()
check(status == 1, f"exit 1 (got {status})")
check(not [f for f in findings(report) if f["commit"] in (on, good)],
      "the good signatures are not reported")
expect(report, "O3", None, "unsigned, but coop.yaml requires signed commits", "an unsigned commit",
       unsigned)
expect(report, "O3", None, "signed with a key that is not one of bob's keys",
       "a commit signed with a stray key", wrong)
expect(report, "O3", None, "signed with a key that is not one of bob's keys",
       "a commit signed with another member's key", borrowed)
bad = [f for f in findings(report) if f["commit"] == tampered]
check(len(bad) == 1 and bad[0]["rule"] == "O3" and
      bad[0]["message"] == "bad signature (Signature verification failed: incorrect signature)",
      f"a tampered commit has a bad signature ({bad})")
check(len(findings(report)) == 4, f"four findings ({len(findings(report))})")

p = B.run("history", cid)
lines = [l for l in p.stdout.splitlines() if not l.startswith(" ")]
check(p.returncode == 0 and len(lines) == 2 and "(signature: good)" in lines[0] and
      "(signature: bad)" in lines[1], f"history shows the signature status ({p.stdout})")
p = B.run("history", "--format", "json", f"review:{cid}:bob")
check(p.returncode == 0 and '"signature": "bad"' in p.stdout, "history of one review, in JSON")
B.close()
finish()
