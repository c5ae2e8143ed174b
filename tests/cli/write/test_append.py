#!/usr/bin/python3
"""Appends keep every earlier entry byte for byte (issue 11): the place comes
from libyaml's parse (block scalars, `...`, keys after the entries); files coop
cannot add to without rewriting them are refused with one message naming the
construct; a broken coop.yaml stops every writing command with its own
diagnostics; excerpts are bounded and printable; JSON is UTF-8."""
import json
import os

import yaml

from writelib import Ledger, check, finish, refused

L = Ledger()
L.add_member("alice", "--role", "treasurer")
L.git("add", "-A")
L.git("commit", "-qm", "start")
PATH = "contributions/2026/11/alice.yaml"
ENTRY = ("  - id: alice-20261103-aaaa\n    date: 2026-11-03\n    time: 1h\n    kind: code\n")


def appended(text, what, summary_of_first=None, name=PATH, date="2026-11-04", raw=None):
    """Writes `text`, logs an entry, and checks that the file is `text` with
    only the new entry added and that the first entry reads back the same."""
    L.write(name, text) if raw is None else open(L.path(name), "wb").write(raw)
    before = yaml.safe_load(L.read(name))
    p = L.run("log", "1h", "Added", "--date", date)
    ok = check(p.returncode == 0, f"{what}: log succeeds ({p.stderr.strip()[:300]})")
    if not ok:
        return None
    after = yaml.safe_load(L.read(name))
    check(after["entries"][:-1] == before["entries"], f"{what}: every earlier entry reads back the same")
    check(after["entries"][-1]["summary"] == "Added", f"{what}: the new entry is last")
    if summary_of_first is not None:
        check(after["entries"][0]["summary"] == summary_of_first,
              f"{what}: the block scalar keeps all its lines ({after['entries'][0]['summary']!r})")
    ok, out = L.valid()
    check(ok, f"{what}: the ledger validates after ({out.strip()[:300]})")
    return L.read(name)


# A block scalar ending in blank and '#'-looking lines, then a top-level key.
text = ("entries:\n" + ENTRY + "    summary: |\n      one\n\n      # two, not a comment\n\n"
        "member: alice\n")
out = appended(text, "block scalar before a top-level key", "one\n\n# two, not a comment\n")
if out:
    check(out.startswith(text[:text.index("member: alice")]) and out.endswith("member: alice\n"),
          "block scalar: the old text stands as it was, the entry after the scalar")

# Keep-chomping memo with trailing blank lines, then `...` and a comment.
text = ("member: alice\nentries:\n" + ENTRY + "    summary: |+\n      kept\n\n\n"
        "# about the end\n...\n# after the end\n")
out = appended(text, "keep-chomping block scalar before '...'")
if out:
    check(yaml.safe_load(out)["entries"][0]["summary"] == "kept\n\n\n", "'|+' keeps its blank lines")
    check(out.endswith("# about the end\n...\n# after the end\n"), "'...' and the comments stay last")

# A quoted key, a byte order mark: appended to as they are.
appended('member: alice\n"entries":\n' + ENTRY + "    summary: Quoted\n", "a quoted 'entries' key")
raw = ("\ufeffmember: alice\nentries:\n" + ENTRY + "    summary: Bom\n").encode("utf-8")
appended(None, "a byte order mark", raw=raw)
check(open(L.path(PATH), "rb").read().startswith(raw), "a byte order mark: the old bytes stay first")

# CR line ends (old Mac files): the file's own ending, and excerpts of its lines.
raw = ("member: alice\rentries:\r" + ENTRY.replace("\n", "\r") + "    summary: Cr\r").encode()
out = appended(None, "CR line ends", raw=raw)
if out:
    check(open(L.path(PATH), "rb").read().startswith(raw) and "\n" not in out,
          "CR line ends: kept, and the entry written with CR")
L.write(PATH, "member: alice\rentries:\r  - id: alice-20261103-aaaa\r    date: 2026-11-03\r"
        "    time: 1h\r    kind: code\r    summary: x\r    hours: 2\r")
p = L.run("validate")
check("contributions/2026/11/alice.yaml:8:5: error: unknown key 'hours'" in p.stderr
      and "    8 |     hours: 2\n" in p.stderr, f"CR line ends: the line number and its excerpt ({p.stderr!r})")
# NEL, LINE SEPARATOR and a lone CR are line breaks to libyaml: to the excerpt too.
L.write(PATH, "member: alice\nentries:\n  - id: alice-20261103-aaaa\n    date: 2026-11-03\n"
        "    time: 1h\n    kind: code\n    summary: |\n      a\u0085      b\u2028      c\r"
        "      d\n    hours: 2\n")
p = L.run("validate")
check("contributions/2026/11/alice.yaml:12:5: error: unknown key 'hours'" in p.stderr
      and "   12 |     hours: 2\n" in p.stderr, f"NEL, U+2028, CR: lines counted alike ({p.stderr!r})")

# What coop cannot add to without rewriting: one message naming the construct.
L.write(PATH, "member: alice\nentries: [{id: alice-20261103-aaaa, date: 2026-11-03, time: 1h, "
        "kind: code, summary: Flow}]\n")
refused(L, ["log", "1h", "X", "--date", "2026-11-04"], 1, "flow-style entries",
        "contributions/2026/11/alice.yaml:2:10: error: flow-style entries ([...]): write one entry per block")
L.write(PATH, "{member: alice, entries: []}\n")
refused(L, ["log", "1h", "X", "--date", "2026-11-04"], 1, "a flow-style file",
        "contributions/2026/11/alice.yaml:1:1: error: a flow-style file ({...})")
open(L.path(PATH), "wb").write(("member: alice\nentries:\n" + ENTRY + "    summary: Wide\n")
                               .encode("utf-16"))
refused(L, ["log", "1h", "X", "--date", "2026-11-04"], 1, "a UTF-16 file",
        "error: the file is written in UTF-16; coop writes UTF-8")
os.remove(L.path(PATH))

# A broken coop.yaml stops log, revenue add and member add with its own diagnostics.
policy = L.read("coop.yaml")
L.write("coop.yaml", "coop: 2\nname: [unclosed\n" + policy.split("\n", 2)[2])
refused(L, ["log", "1h", "X", "--date", "2026-11-04"], 1, "coop.yaml broken early: log",
        "coop.yaml:")
p = L.run("log", "1h", "X", "--date", "2026-11-04")
check("lists no kinds" not in p.stderr and "coop.yaml has errors; fix them first" in p.stderr,
      f"coop.yaml broken early: its own diagnostics, not a missing list ({p.stderr.strip()[:400]!r})")
lines = policy.splitlines(keepends=True)
k = next(i for i, l in enumerate(lines) if l.startswith("kinds:"))
L.write("coop.yaml", "".join(lines[:k + 2]) + "  bad: [\n" + "".join(lines[k + 2:]))
for args, what in ((["log", "1h", "X", "--date", "2026-11-04"], "log"),
                   (["revenue", "add", "10", "--party", "ACME", "--date", "2026-11-04"], "revenue add"),
                   (["member", "add", "zoe", "--name", "Zoe", "--email", "zoe@example.org"], "member add")):
    refused(L, args, 1, f"coop.yaml broken after kinds: {what}", "coop.yaml:")
L.write("coop.yaml", policy)

# Excerpts of bounded width: many errors on one long line print a window each.
entries = ", ".join(f"{{id: alice-20261103-a{i:03d}, bad{i}: 1}}" for i in range(400))
L.write(PATH, f"member: alice\nentries: [{entries}]\n")
p = L.run("validate")
excerpts = [l for l in p.stderr.splitlines() if l.startswith("    2 | ")]
check(len(excerpts) > 400 and max(len(l) for l in excerpts) < 100,
      f"a long line: each excerpt a window around its caret ({len(p.stderr)} bytes of stderr)")
check(len(p.stderr) < 600 * 1000, f"a long line: stderr linear in the errors ({len(p.stderr)} bytes)")
os.remove(L.path(PATH))

# A file name and text that are not UTF-8, or hold escape sequences.
bad = os.path.join(L.root.encode(), b"contributions/2026/11/al\xffce\x1b[31m.yaml")
open(bad, "wb").write(b"member: alice\nentries: []\n")
p = L.run("--format", "json", "validate")
try:
    got = json.loads(p.stdout)
    check(any("\ufffd" in d["path"] for d in got), f"JSON: the bad byte as U+FFFD ({p.stdout[:300]!r})")
except ValueError as e:
    check(False, f"JSON output parses ({e}: {p.stdout[:300]!r})")
p = L.run("validate")
check("\x1b" not in p.stderr and "\\x1b[31m" in p.stderr and "al\\xffce" in p.stderr,
      f"text output: escapes shown, not sent to the terminal ({p.stderr[:300]!r})")
os.remove(bad)
# A multi-line double-quoted summary (found by the fuzzer): the file is added to
# as it is, the summary folded as YAML folds it, after non-ASCII text too.
for text, what in (
        ("member: alice\nentries:\n" + ENTRY + '    summary: "one\n      two"\n', "multi-line quoted"),
        ("member: alice\nentries:\n" + ENTRY + '    summary: "Zoë\n\n      # two \\\n      three"\n',
         "multi-line quoted, non-ASCII, blank and '#' lines"),
        ("entries:\n" + ENTRY + '    summary: "one\n  two"\nmember: alice\n', "multi-line quoted, then a key"),
        ("member: alice\nentries:\n" + ENTRY + '    summary: "one\n      two"', "multi-line quoted, no final break")):
    appended(text, what, yaml.safe_load(text)["entries"][0]["summary"])

# A top-level folder that is a symbolic link: nothing written through it.
import shutil
import tempfile
elsewhere = tempfile.mkdtemp(prefix="coop-elsewhere-")
shutil.rmtree(L.path("contributions"), ignore_errors=True)
os.symlink(elsewhere, L.path("contributions"))
refused(L, ["log", "1h", "Through a link", "--date", "2026-11-04"], 1,
        "a linked contributions folder", "'contributions' is a symbolic link to a folder")
check(os.listdir(elsewhere) == [], "a linked contributions folder: nothing written where it points")
p = L.run("validate")
check("contributions:1:1: error: 'contributions' is a symbolic link to a folder" in p.stderr,
      f"a linked contributions folder: validate refuses it at its name ({p.stderr.strip()[:300]})")
os.remove(L.path("contributions"))
shutil.rmtree(elsewhere)
L.close()
finish()
