#!/usr/bin/python3
"""Writes candidate seeds for the fuzzers into OUT/ledger and OUT/append:

  ledger  the example ledger (examples/starfish) a month at a time, with
          coop.yaml and the members; and every validate fixture
          (tests/cli/validate) applied to its base ledger, as ledger packs
          (`=== path` sections, see ledger_pack.hpp)
  append  each contribution, review and revenue file of 2026-11 in the example
          and in the base ledger, made alice's, with an entry's fields (see fuzz_append.cpp)

    make_seeds.py OUT

The committed corpus (corpus/) is what of these adds coverage:
    build-fuzz/tests/fuzz/coop_fuzz_ledger -merge=1 tests/fuzz/corpus/ledger OUT/ledger
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STARFISH = os.path.join(ROOT, "examples", "starfish")
BASE = os.path.join(ROOT, "tests", "cli", "base")
FIXTURES = os.path.join(ROOT, "tests", "cli", "validate")


def ledger_files(root):
    out = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            if n.endswith(".yaml"):
                p = os.path.join(dirpath, n)
                with open(p, encoding="utf-8") as f:
                    out[os.path.relpath(p, root)] = f.read()
    return out


def pack(files):
    return "".join(f"=== {rel}\n{text}" for rel, text in sorted(files.items()))


def fixture_sections(path):
    files, current = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("=== "):
                spec = line[4:].rstrip("\n")
                current = [spec.removesuffix(" (delete)"), "", spec.endswith(" (delete)")]
                files.append(current)
            elif current is not None:
                current[1] += line
    return files


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "ledger"), exist_ok=True)
    os.makedirs(os.path.join(out, "append"), exist_ok=True)

    def write(kind, name, data):
        with open(os.path.join(out, kind, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

    starfish = ledger_files(STARFISH)
    months = sorted({rel.split("/")[1] + "-" + rel.split("/")[2].removesuffix(".yaml")
                     for rel in starfish if rel.startswith("revenue/")})
    for month in months:
        y, m = month.split("-")
        files = {rel: t for rel, t in starfish.items()
                 if rel == "coop.yaml" or rel.startswith("members/")
                 or f"/{y}/{m}/" in rel or rel == f"revenue/{y}/{m}.yaml"}
        write("ledger", f"starfish-{month}", pack(files))
    base = ledger_files(BASE)
    write("ledger", "base", pack(base))
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith(".test"):
            continue
        files = dict(base)
        for rel, text, delete in fixture_sections(os.path.join(FIXTURES, name)):
            if delete:
                files.pop(rel, None)
            else:
                files[rel] = text
        write("ledger", "fixture-" + name.removesuffix(".test"), pack(files))

    fields = {0: [b"Fix the checkout flow", b"website", b"https://git.example.org/web/pull/12"],
              1: [b"Clean fix, with tests."],
              2: [b"ACME Corp", b"mobile", b"dave", b"Milestone 1 of 3"]}
    n = 0
    for origin, files in (("starfish", starfish), ("base", base)):
        for rel, text in sorted(files.items()):
            top = rel.split("/")[0]
            kind = {"contributions": 0, "reviews": 1, "revenue": 2}.get(top)
            if kind is None or "/2026/11" not in rel:  # the harness's files are 2026-11's
                continue
            # The harness's files are alice's.
            owner = re.search(r"^(?:member|reviewer|treasurer): (\w+)", text, re.M)
            if owner:
                text = re.sub(rf"\b{owner.group(1)}\b", "alice", text)
            if kind == 2 and rel.count("/") == 2:  # v1 revenue/YYYY/MM.yaml: no treasurer
                text = "treasurer: alice\n" + text
            n += 1
            write("append", f"{origin}-{n:03}",
                  bytes([kind]) + text.encode("utf-8") + b"\0" + b"\0".join(fields[kind]))
    for kind in range(3):  # a file that does not exist yet
        write("append", f"new-file-{kind}", bytes([kind | 4]) + b"\0" + b"\0".join(fields[kind]))


if __name__ == "__main__":
    main()
