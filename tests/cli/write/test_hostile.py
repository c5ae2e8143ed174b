#!/usr/bin/python3
"""The writing commands with hostile arguments: newlines, quotes, '#', control
characters, YAML syntax, invalid UTF-8, 100 KB values, far dates, huge
amounts and durations. Each case starts from the same committed ledger. A
refusal (exit 1 or 2, with a message) must leave every file, .git included,
byte for byte as it was; an acceptance must write only its one file, keep
what was there, and read back exactly as typed (PyYAML, an independent
reader, and coop validate). With --commit, an acceptance makes one commit of
that one file."""
import hashlib
import os
import subprocess

import yaml

from writelib import COOP, TOMORROW, Ledger, check, env, finish

KB100 = "x" * 100_000
TEXTS = [
    "two\nlines", "crlf\r\nline", "lone\rcr", "trailing newline\n", "\nleading newline",
    "it's 'single'", 'say "double"', "# not a comment", "a # b", "a #b", "key: value",
    "- item", "[flow, list]", "{a: b}", "&anchor", "*alias", "!tag", "|", ">-", "---", "...",
    "%YAML 1.2", "? key", "@at", "`tick`", "tab\there", " leading space", "trailing space ",
    "bell\x07", "esc \x1b[31mred\x1b[0m", "del\x7f", "nel\u0085next", "ls\u2028ps\u2029",
    "\ufeffbom", "back\\slash", "\\n not a newline", "null", "~", "true", "no", "0x1F", "1e3",
    "2026-11-03", "12:30", "<<<<<<< HEAD", "é ü 日本 😀", "\udcff\udcfe bad utf-8", "",
    " ", KB100, ("line\n" * 20_000),
]
# The fields of less consequence get the worst of them.
SOME = ["two\nlines", "lone\rcr", 'say "double"', "# not a comment", "key: value",
        "esc \x1b[31mred\x1b[0m", "nel\u0085next", "\udcff\udcfe bad utf-8", "", KB100]
DATES = ["0001-01-01", "9999-12-31", "10000-01-01", "2026-02-29", "2028-02-29", "2026-13-01",
         "2026-11-31", "-2026-01-01", "2026-1-5", "20261103", "2026-11-03\n", "2026-11-03 #",
         TOMORROW, "yesterday\n", KB100]
AMOUNTS = ["0", "-5", "0.001", "1,000", " 12", "12\n", "1e3", "0x10", "inf", "nan",
           "9223372036854775807", "92233720368547758.07", "92233720368547758.08",
           "99999999999999999999999999", "-0", "+5", ".5", "5.", "1_000", KB100]
DURATIONS = ["0m", "-1h", "1e9m", "99999999999h", "2147483647m", "24h01m", "1h30", "1.5h",
             "1h 30m", "h", "\n2h", "2h\n", KB100]
HANDLES = ["../evil", "a/b", "..", ".", "-dash", "UPPER", "a" * 33, "x\ny", "alice", "bob",
           "zoé", "null", "x#y", KB100]


def b(s):
    """An argument as bytes: lone surrogates stand for invalid UTF-8 bytes."""
    return s.encode("utf-8", "surrogateescape")


def snapshot(root):
    """sha256 of every file under root, .git included, and every folder."""
    seen = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        seen[os.path.relpath(dirpath, root) + "/"] = "dir"
        for name in filenames:
            p = os.path.join(dirpath, name)
            with open(p, "rb") as f:
                seen[os.path.relpath(p, root)] = hashlib.sha256(f.read()).hexdigest()
    return seen


L = Ledger()
L.add_member("alice", "--role", "treasurer", "--role", "steward")
L.add_member("bob")
L.add_member("carol")
CONTRIBUTION = L.coop_ok("log", "2h", "Work to review", "--as", "bob", "--date",
                         "2026-11-02").strip()
L.coop_ok("log", "1h", "Earlier work", "--date", "2026-11-01")
L.coop_ok("revenue", "add", "100", "--party", "Earlier", "--date", "2026-11-01")
PROPOSAL = L.coop_ok("propose", "--title", "Raise the reserve", "--policy",
                     "distribution.reserve=12%", "--date", "2026-11-20").strip()
L.git("add", "-A")
L.git("commit", "-qm", "start")
BASE = L.git("rev-parse", "HEAD").strip()
TOTALS = {"accepted": 0, "refused": 0}
STATE = {"clean": True}  # the ledger is the base commit's, as checked


def reset():
    if STATE["clean"]:
        return
    L.git("reset", "-q", "--hard", BASE)
    L.git("clean", "-qfdx")
    STATE["clean"] = True


def load(rel):
    with open(L.path(rel), "rb") as f:
        return yaml.safe_load(f.read().decode("utf-8"))


def last_entry(rel):
    return (load(rel) or {}).get("entries", [None])[-1]


def case(what, args, target, readback, commit=False, when=True):
    """Runs coop `args` from the base ledger; `target(stdout)` is the file an
    acceptance writes, `readback(stdout)` the (got, expected) pairs it must
    read back as. Nothing when `when` is false."""
    if not when:
        return True
    reset()
    args = list(args) + (["--commit"] if commit else [])
    before = snapshot(L.root)
    head = L.git("rev-parse", "HEAD").strip()
    p = subprocess.run([COOP] + [b(a) for a in args], cwd=L.root, env=env(), capture_output=True)
    after = snapshot(L.root)
    out = p.stdout.decode("utf-8", "replace").strip()
    err = p.stderr.decode("utf-8", "replace").strip()
    label = f"{what} {'(--commit) ' if commit else ''}"
    STATE["clean"] = before == after
    if p.returncode != 0:
        TOTALS["refused"] += 1
        ok = check(p.returncode in (1, 2), f"{label}refused with exit 1 or 2 (got {p.returncode}: "
                   f"{err[:200]!r})")
        ok &= check(before == after, f"{label}refused: every file and .git as they were")
        ok &= check(err != "", f"{label}refused: says why")
        return ok
    TOTALS["accepted"] += 1
    rel = target(out)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    outside_git = [k for k in changed if not k.startswith(".git/") and k != ".git/"]
    folders = [k for k in outside_git if k.endswith("/")]
    ok = check([k for k in outside_git if not k.endswith("/")] == [rel],
               f"{label}accepted: only {rel} changed ({changed[:5]})")
    ok &= check(all(rel.startswith(f) for f in folders), f"{label}accepted: no other folder")
    if not commit:
        ok &= check(not [k for k in changed if k.startswith(".git")],
                    f"{label}accepted: .git untouched without --commit")
    else:
        new_head = L.git("rev-parse", "HEAD").strip()
        files = L.git("diff", "--name-only", head, new_head).split()
        ok &= check(L.git("rev-list", "--count", f"{head}..{new_head}").strip() == "1" and
                    files == [rel], f"{label}accepted: one commit of {rel} ({files})")
    old = subprocess.run(["git", "show", f"{BASE}:{rel}"], cwd=L.root, env=env(),
                         capture_output=True).stdout
    with open(L.path(rel), "rb") as f:
        new = f.read()
    if old and "entries" in old.decode("utf-8"):
        ok &= check(new.startswith(old), f"{label}accepted: what {rel} held is kept byte for byte")
    for got, want in readback(out):
        ok &= check(got == want, f"{label}reads back as typed ({str(got)[:80]!r} vs "
                    f"{str(want)[:80]!r})")
    valid = subprocess.run([COOP, "validate"], cwd=L.root, env=env(), capture_output=True,
                           text=True)
    ok &= check(valid.returncode == 0, f"{label}coop validate passes after it "
                f"({valid.stderr.strip()[:200]})")
    return ok


CONTRIB = "contributions/2026/11/alice.yaml"
REVIEWS = "reviews/2026/11/alice.yaml"
REVENUE = "revenue/2026/11/alice.yaml"


def opt(t):
    """An empty value of an optional field means the field is not set."""
    return t if t != "" else None


def contribution_field(key, value):
    return lambda out: [(last_entry(CONTRIB).get(key), value), (last_entry(CONTRIB)["id"], out)]


for i, t in enumerate(TEXTS):
    commit = i % 4 == 0  # a quarter of them committed, the same ones every run
    case(f"log summary {t[:30]!r}", ["log", "1h", t, "--date", "2026-11-05"], lambda o: CONTRIB,
         contribution_field("summary", t), commit)
    case(f"log --project {t[:30]!r}", ["log", "1h", "Work", "--project", t, "--date",
                                       "2026-11-05"], lambda o: CONTRIB,
         contribution_field("project", opt(t)), when=t in SOME)
    case(f"log --ref {t[:30]!r}", ["log", "1h", "Work", "--ref", t, "--ref", "x", "--date",
                                   "2026-11-05"], lambda o: CONTRIB,
         lambda o: [(last_entry(CONTRIB).get("refs"), [t, "x"])], when=t in SOME)
    case(f"log --kind {t[:30]!r}", ["log", "1h", "Work", "--kind", t, "--date", "2026-11-05"],
         lambda o: CONTRIB, contribution_field("kind", t or "code"), when=t in SOME)
    case(f"review --comment {t[:30]!r}", ["review", CONTRIBUTION, "4", "--comment", t, "--date",
                                          "2026-11-05"], lambda o: REVIEWS,
         lambda o: [(last_entry(REVIEWS).get("comment"), opt(t))], commit)
    case(f"review ID {t[:30]!r}", ["review", t, "4", "--date", "2026-11-05"], lambda o: REVIEWS,
         lambda o: [(last_entry(REVIEWS).get("contribution"), t)], when=t in SOME)
    case(f"review SCORE {t[:30]!r}", ["review", CONTRIBUTION, t, "--date", "2026-11-05"],
         lambda o: REVIEWS, lambda o: [(str(last_entry(REVIEWS).get("score")), t)], when=t in SOME)
    for command in ("revenue", "expense"):
        case(f"{command} add --party {t[:30]!r}", [command, "add", "12.50", "--party", t,
                                                   "--date", "2026-11-05"], lambda o: REVENUE,
             lambda o: [(last_entry(REVENUE).get("party"), t), (last_entry(REVENUE)["id"], o)],
             commit and command == "revenue")
    case(f"revenue add --memo {t[:30]!r}", ["revenue", "add", "1", "--party", "P", "--memo", t,
                                            "--date", "2026-11-05"], lambda o: REVENUE,
         lambda o: [(last_entry(REVENUE).get("memo"), opt(t))], when=t in SOME)
    case(f"revenue add --project {t[:30]!r}", ["revenue", "add", "1", "--party", "P",
                                               "--project", t, "--date", "2026-11-05"],
         lambda o: REVENUE,
         lambda o: [(last_entry(REVENUE).get("project"), opt(t))], when=t in SOME)
    case(f"revenue add --connector {t[:30]!r}", ["revenue", "add", "1", "--party", "P",
                                                 "--connector", t, "--date", "2026-11-05"],
         lambda o: REVENUE,
         lambda o: [(last_entry(REVENUE).get("connector"), opt(t))], when=t in SOME)
    case(f"revenue add --id-suffix {t[:30]!r}", ["revenue", "add", "1", "--party", "P",
                                                 "--id-suffix", t, "--date", "2026-11-05"],
         lambda o: REVENUE, lambda o: [(last_entry(REVENUE)["id"], o),
                                       (o, "rev-20261105-" + t if t else o)], when=t in SOME)
    case(f"member add --name {t[:30]!r}", ["member", "add", "zoe", "--name", t, "--email",
                                           "zoe@example.org", "--joined", "2026-11-01"],
         lambda o: "members/zoe.yaml", lambda o: [(load("members/zoe.yaml")["name"], t)])
    case(f"member add --email {t[:30]!r}", ["member", "add", "zoe", "--name", "Zoe", "--email",
                                            t, "--joined", "2026-11-01"],
         lambda o: "members/zoe.yaml",
         lambda o: [(load("members/zoe.yaml")["emails"], [t])], when=t in SOME)
    case(f"member add --role {t[:30]!r}", ["member", "add", "zoe", "--name", "Zoe", "--email",
                                           "zoe@example.org", "--role", t, "--joined",
                                           "2026-11-01"],
         lambda o: "members/zoe.yaml",
         lambda o: [(load("members/zoe.yaml")["roles"], [t])], when=t in SOME)
    case(f"member add --key {t[:30]!r}", ["member", "add", "zoe", "--name", "Zoe", "--email",
                                          "zoe@example.org", "--key", t, "--joined",
                                          "2026-11-01"],
         lambda o: "members/zoe.yaml",
         lambda o: [(load("members/zoe.yaml")["keys"], [t])], when=t in SOME)
    case(f"propose --title {t[:30]!r}", ["propose", "--title", t, "--name", "hostile",
                                         "--policy", "distribution.reserve=15%", "--date",
                                         "2026-11-21"],
         lambda o: f"proposals/2026/{o}.yaml",
         lambda o: [(load(f"proposals/2026/{o}.yaml")["title"], t)], commit)
    case(f"propose --reason {t[:30]!r}", ["propose", "--title", "T", "--reason", t, "--name",
                                          "hostile", "--policy", "distribution.reserve=15%",
                                          "--date", "2026-11-21"],
         lambda o: f"proposals/2026/{o}.yaml",
         lambda o: [(load(f"proposals/2026/{o}.yaml").get("reason"), opt(t))], when=t in SOME)
    case(f"propose --policy value {t[:30]!r}", ["propose", "--title", "T", "--name", "hostile",
                                                "--policy", "name=" + t, "--date", "2026-11-21"],
         lambda o: f"proposals/2026/{o}.yaml",
         lambda o: [(load(f"proposals/2026/{o}.yaml")["change"]["policy"]["name"], t)],
         when=t in SOME)
    case(f"propose --name {t[:30]!r}", ["propose", "--title", "T", "--name", t, "--policy",
                                        "distribution.reserve=15%", "--date", "2026-11-21"],
         lambda o: f"proposals/2026/{o}.yaml",
         lambda o: [(o, "prop-20261121-" + t if t else o)], when=t in SOME)
    for stance in ("consent", "object", "abstain"):
        case(f"{stance} --reason {t[:30]!r}", [stance, PROPOSAL, "--reason", t, "--as", "bob",
                                              "--date", "2026-11-25"],
             lambda o: "stances/2026/11/bob.yaml",
             lambda o: [(last_entry("stances/2026/11/bob.yaml").get("reason"), opt(t))])
    case(f"consent ID {t[:30]!r}", ["consent", t, "--as", "bob", "--date", "2026-11-25"],
         lambda o: "stances/2026/11/bob.yaml",
         lambda o: [(last_entry("stances/2026/11/bob.yaml").get("proposal"), t)], when=t in SOME)

for d in DATES:
    for args, rel, entry in (
            (["log", "1h", "Work"], None, lambda: None),
            (["review", CONTRIBUTION, "3"], None, None),
            (["revenue", "add", "5", "--party", "P"], None, None),
            (["propose", "--title", "T", "--name", "when", "--policy",
              "distribution.reserve=15%"], None, None),
            (["member", "leave", "carol"], "members/carol.yaml", None)):
        def where(out, args=args, rel=rel, d=d):
            if rel:
                return rel
            folder = {"log": "contributions", "review": "reviews", "revenue": "revenue"}.get(
                args[0])
            if folder:
                return f"{folder}/{d[:4]}/{d[5:7]}/alice.yaml"
            return f"proposals/{d[:4]}/{out}.yaml"

        def dated(out, args=args, where=where, d=d):
            data = load(where(out))
            if args[0] == "member":
                return [(str(data.get("left")), d)]
            got = data["date"] if args[0] == "propose" else data["entries"][-1]["date"]
            return [(str(got), d)]
        case(f"{args[0]} --date {d[:30]!r}", args + ["--date", d], where, dated)
    case(f"member add --joined {d[:30]!r}", ["member", "add", "zoe", "--name", "Zoe", "--email",
                                             "zoe@example.org", "--joined", d],
         lambda o: "members/zoe.yaml",
         lambda o, d=d: [(str(load("members/zoe.yaml")["joined"]), d)])

for a in AMOUNTS:
    for command in ("revenue", "expense"):
        case(f"{command} add AMOUNT {a[:30]!r}", [command, "add", a, "--party", "P", "--date",
                                                  "2026-11-05"], lambda o: REVENUE,
             lambda o: [(last_entry(REVENUE)["id"], o)])

for t in DURATIONS:
    case(f"log DURATION {t[:30]!r}", ["log", t, "Work", "--date", "2026-11-05"],
         lambda o: CONTRIB, lambda o: [(last_entry(CONTRIB)["id"], o)])

for h in HANDLES:
    case(f"member add HANDLE {h[:30]!r}", ["member", "add", h, "--name", "H", "--email",
                                           "h@example.org", "--joined", "2026-11-01"],
         lambda o, h=h: f"members/{h}.yaml",
         lambda o, h=h: [(load(f"members/{h}.yaml")["handle"], h)])
    case(f"log --as {h[:30]!r}", ["log", "1h", "Work", "--as", h, "--date", "2026-11-05"],
         lambda o, h=h: f"contributions/2026/11/{h}.yaml", lambda o: [])
    case(f"member leave {h[:30]!r}", ["member", "leave", h, "--date", "2026-11-30"],
         lambda o, h=h: f"members/{h}.yaml",
         lambda o, h=h: [(str(load(f"members/{h}.yaml")["left"]), "2026-11-30")])

print(f"{TOTALS['accepted']} accepted, {TOTALS['refused']} refused")
L.close()
finish()
