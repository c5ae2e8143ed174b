#!/usr/bin/python3
"""coop log: the file it writes, exactly; the commit; refusals; quoting."""
import re
import subprocess

from writelib import TOMORROW, Ledger, check, finish, refused

L = Ledger()
L.add_member("alice", "--role", "treasurer")
L.add_member("bob")
L.git("add", "-A")
L.git("commit", "-qm", "start")

# A first entry creates the file with its modeline and header.
out = L.coop_ok("log", "2h30m", "Fix the checkout flow", "--date", "2026-11-03", "--project",
                "website", "--ref", "https://git.example.org/web/pull/12", "--ref", "https://x.org/b")
new_id = out.strip()
check(re.fullmatch(r"alice-20261103-[a-z2-7]{4}", new_id), f"log prints the new id ({new_id})")
check(L.read("contributions/2026/11/alice.yaml") == f"""\
# yaml-language-server: $schema=../../../schema/contribution.schema.json
member: alice
entries:
  - id: {new_id}
    date: 2026-11-03
    time: 2h30m
    kind: code
    project: website
    summary: Fix the checkout flow
    refs:
      - https://git.example.org/web/pull/12
      - https://x.org/b
""", "log writes the file exactly")

# A second entry is appended, comments and layout kept, the kind as asked,
# the duration in its canonical spelling.
L.write("contributions/2026/11/alice.yaml", L.read("contributions/2026/11/alice.yaml") +
        "    # a comment the file keeps\n\n")
before = L.read("contributions/2026/11/alice.yaml")
second = L.coop_ok("log", "90m", "Sketch", "--kind", "design", "--date", "2026-11-04").strip()
check(L.read("contributions/2026/11/alice.yaml") == before + f"""\
  - id: {second}
    date: 2026-11-04
    time: 1h30m
    kind: design
    summary: Sketch
""", "a second entry is appended after the comment, byte for byte")

# A file without a final newline gets one first; items indented as the file does.
L.write("contributions/2026/10/alice.yaml", "member: alice\nentries:\n- id: alice-20261001-aaaa\n"
        "  date: 2026-10-01\n  time: 1h\n  kind: code\n  summary: Old   # no newline")
third = L.coop_ok("log", "1h", "More", "--date", "2026-10-02").strip()
check(L.read("contributions/2026/10/alice.yaml") == "member: alice\nentries:\n- id: alice-20261001-aaaa\n"
      f"  date: 2026-10-01\n  time: 1h\n  kind: code\n  summary: Old   # no newline\n- id: {third}\n"
      "  date: 2026-10-02\n  time: 1h\n  kind: code\n  summary: More\n",
      "no final newline: one is added; items at the file's indentation")

# CRLF files stay CRLF; `entries: []` becomes a block list.
L.write("contributions/2026/09/alice.yaml", "member: alice\r\nentries: []  # none yet\r\n")
fourth = L.coop_ok("log", "5m", "Tiny", "--date", "2026-09-30").strip()
check(L.read("contributions/2026/09/alice.yaml") == "member: alice\r\nentries:  # none yet\r\n"
      f"  - id: {fourth}\r\n    date: 2026-09-30\r\n    time: 5m\r\n    kind: code\r\n"
      "    summary: Tiny\r\n", "CRLF kept; 'entries: []' opened up")
ok, text = L.valid()
check(ok, f"coop validate passes after the appends ({text.strip()})")

# --dry-run shows the path and the text, and writes nothing.
fp = L.fingerprint()
p = L.run("log", "1h", "Dry", "--date", "2026-11-05", "--dry-run")
check(p.returncode == 0 and p.stdout.startswith("would write to contributions/2026/11/alice.yaml:\n  - id: alice-20261105-")
      and "    summary: Dry\n" in p.stdout, f"--dry-run prints path and text ({p.stdout!r})")
check(L.fingerprint() == fp, "--dry-run writes nothing")
p = L.run("log", "1h", "Dry", "--date", "2026-06-05", "--dry-run")
check(p.stdout.startswith("would create contributions/2026/06/alice.yaml:\n# yaml-language-server"),
      "--dry-run of a new file shows all of it")
check(L.fingerprint() == fp, "--dry-run of a new file creates no file or folder")

# --date today / yesterday.
today = subprocess.run(["date", "+%Y%m%d"], capture_output=True, text=True).stdout.strip()
yesterday = subprocess.run(["date", "-d", "yesterday", "+%Y%m%d"], capture_output=True,
                           text=True).stdout.strip()
check(L.coop_ok("log", "1h", "Today").startswith(f"alice-{today}-"), "no --date: today")
check(L.coop_ok("log", "1h", "Y", "--date", "yesterday").startswith(f"alice-{yesterday}-"),
      "--date yesterday")
check(L.coop_ok("log", "1h", "T", "--date", "today").startswith(f"alice-{today}-"), "--date today")

# Identity: --as, COOP_MEMBER, git's user.email.
check(L.coop_ok("log", "1h", "As bob", "--as", "bob", "--date", "2026-11-03").startswith("bob-"),
      "--as bob")
check(L.coop_ok("log", "1h", "Env bob", "--date", "2026-11-03",
                extra_env={"COOP_MEMBER": "bob"}).startswith("bob-"), "COOP_MEMBER=bob")
check(L.coop_ok("log", "1h", "As wins", "--as", "alice", "--date", "2026-11-03",
                extra_env={"COOP_MEMBER": "bob"}).startswith("alice-"), "--as before COOP_MEMBER")

# Refusals: exit 1 for a rule of the ledger, 2 for a usage error; nothing changes.
refused(L, ["log", "2", "Bare", "--date", "2026-11-03"], 1, "a bare number",
        "contributions/2026/11/alice.yaml:")
# ... with the message `coop validate` gives for `time: 2` in a file.
L.write("contributions/2026/07/alice.yaml", "member: alice\nentries:\n  - id: alice-20260701-aaaa\n"
        "    date: 2026-07-01\n    time: 2\n    kind: code\n    summary: Bare\n")
said = L.run("validate").stderr
message = said[said.index("error: "):].splitlines()[0]
import os
os.remove(L.path("contributions/2026/07/alice.yaml"))
os.rmdir(L.path("contributions/2026/07"))
refused(L, ["log", "2", "Bare", "--date", "2026-11-03"], 1, "a bare number (message)", message)
refused(L, ["log", "25h", "Long", "--date", "2026-11-03"], 1, "more than 24h")
refused(L, ["log", "1h", "K", "--kind", "cod", "--date", "2026-11-03"], 1, "unknown kind",
        "unknown kind 'cod'")
refused(L, ["log", "1h", "P", "--project", "Bad Name", "--date", "2026-11-03"], 1, "bad project")
refused(L, ["log", "1h", "", "--date", "2026-11-03"], 1, "empty summary")
refused(L, ["log", "1h", "Before joining", "--date", "2025-12-31"], 1, "before joining",
        "was not a member on 2025-12-31")
refused(L, ["log", "1h", "D", "--date", "2026-13-01"], 2, "a bad --date")
refused(L, ["log", "1h", "D", "--date", "tomorrow"], 2, "--date tomorrow")
refused(L, ["log", "1h"], 2, "no summary")
refused(L, ["log", "1h", "Who", "--as", "zed"], 2, "an unknown --as", "unknown member 'zed'")
refused(L, ["log", "1h", "Who", "--as", "Not A Handle"], 2, "a bad --as")
refused(L, ["log", "1h", "x" * 3, "--date", "2026-11-03"] + ["--ref", ""], 1, "an empty ref")
for _ in range(7):  # 7 x 2h on top of what is there on 2026-11-03 crosses 24h at some point
    p = L.run("log", "2h", "Day", "--date", "2026-11-10")
refused(L, ["log", "12h", "Too much", "--date", "2026-11-10"], 1, "over 24h in one day",
        "more than the 24h of a day")
p = L.run("log", "1h30m", "Warned", "--date", "2026-11-10", "--as", "bob")
p = L.run("log", "15h", "Warned", "--date", "2026-11-10", "--as", "bob")
check(p.returncode == 0 and "more than max-time-per-day" in p.stderr,
      "over max-time-per-day: written, with the warning")

# Closed period: payouts/2026-10.yaml exists.
L.write("payouts/2026-10.yaml", "period: 2026-10\n")
refused(L, ["log", "1h", "Late", "--date", "2026-10-15"], 1, "a closed period",
        "closed period")

# Who are you? git's user.email belongs to no member.
L.git("config", "user.email", "x@y")
refused(L, ["log", "1h", "Who"], 2, "an unknown user.email",
        "coop: error: who are you? no --as, no COOP_MEMBER, and git's user.email 'x@y' belongs to no member")
# The global configuration counts too.
L.git("config", "--unset", "user.email")
import os
import writelib
with open(os.path.join(writelib.HOME, ".gitconfig"), "w") as f:
    f.write("[user]\n\temail = BOB@example.org\n\tname = Bob\n")
check(L.coop_ok("log", "1h", "Global", "--date", "2026-11-03").startswith("bob-"),
      "git's global user.email identifies bob (case-insensitively)")
os.remove(os.path.join(writelib.HOME, ".gitconfig"))
L.git("config", "user.email", "alice@example.org")

# Strings that need quoting read back exactly.
tricky = ["fix: a \"b\" #c", "- leading dash", "yes", "no", "on", "null", "~", "123", "1.5", "0x10",
          "1e3", "2026-11-03", "1:20", "  leading and trailing  ", "multi\nline\ttab",
          "unicode é ☃ 日本", "'single'", "back\\slash", "[x]", "{x}", "x, y", "&anchor",
          "*alias", "!tag", "%dir", "@at", "`bt", "? q", "|lit", ">fold", "a #b", "a: b",
          "ctl\x01\x7f", "nel\u0085 ls\u2028 ps\u2029", "bom\ufeff", "trailing colon:",
          "Émile's café", "#hash", "100%", "=", "<<"]
for t in tricky:
    p = L.run("log", "1m", t, "--date", "2026-08-01")
    if not check(p.returncode == 0, f"log {t!r} (got {p.returncode} {p.stderr.strip()[:200]})"):
        continue
data = L.load("contributions/2026/08/alice.yaml")
summaries = [e["summary"] for e in data["entries"]]
check(summaries == tricky, "every tricky summary reads back exactly (python yaml)")
for s, t in zip(summaries, tricky):
    if s != t:
        print(f"  differs: {t!r} -> {s!r}")
check(all(isinstance(s, str) for s in summaries), "every one reads as a string")
ok, text = L.valid()
check(ok, f"coop validate passes with the tricky summaries ({text.strip()[:300]})")
fp = L.fingerprint()
p = subprocess.run([writelib.COOP, "log", "1m", b"bad \xff utf-8", "--date", "2026-08-01"],
                   cwd=L.root, env=writelib.env(), capture_output=True)
check(p.returncode == 2 and L.fingerprint() == fp, "a summary that is not UTF-8: exit 2, nothing written")


# 1h30 is 1h30m, as people write it; the file gets the canonical spelling.
cid = L.coop_ok("log", "1h30", "Pair programming", "--date", "2026-11-04").strip()
check(f"id: {cid}\n    date: 2026-11-04\n    time: 1h30m\n" in L.read(
    "contributions/2026/11/alice.yaml"), "1h30 is written 1h30m")
refused(L, ["log", "1h90", "x", "--date", "2026-11-04"], 1, "1h90", "is not a duration")
refused(L, ["log", "1h", "Tomorrow's work", "--date", TOMORROW], 2, "a contribution dated tomorrow",
        f"the contribution is dated {TOMORROW}, after today")

L.close()
finish()
