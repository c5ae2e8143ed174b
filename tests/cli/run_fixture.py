#!/usr/bin/python3
"""Runs one golden CLI test through the real coop binary.

    run_fixture.py COOP FIXTURE --base DIR

A fixture is a text file:

    # rule: a line saying what it checks
    # args: validate                      (default: validate)
    # exit: 1                             (default: 1)
    # expect: path:line:col: error: message     (one line per expected diagnostic)
    === contributions/2026/11/alice.yaml
    ...content written to that path of a copy of the base ledger...
    === members/bob.yaml (delete)
    === members (symlink ../other/members)

The ledger is a copy of the base ledger with the sections applied. The test
passes when coop exits with the expected status and the diagnostic lines it
prints (path:line:col: severity: message) are exactly the expected ones, in
order. With `# stdout:` lines instead of `# expect:`, stdout must equal them.
With `# stderr:` lines (a bare `# stderr:` is an empty line), the whole of
stderr must equal them, caret lines and the summary included.

    run_fixture.py COOP FIXTURE --base DIR --update

writes the fixture's `# stderr:` lines from what coop prints now (after the
other header lines), for a reviewer to read in the diff.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

DIAG = re.compile(r"^[^\s:][^:]*:\d+:\d+: (error|warning): ")


def parse(path):
    meta = {"args": "validate", "exit": "1", "expect": [], "stdout": [], "stderr": None,
            "rule": ""}
    files = []
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("=== "):
                spec = line[4:].rstrip("\n")
                link = re.fullmatch(r"(.*) \(symlink (.*)\)", spec)
                if link:
                    files.append([link.group(1), "", ("symlink", link.group(2))])
                    current = None
                    continue
                delete = spec.endswith(" (delete)")
                current = [spec.removesuffix(" (delete)"), "", delete]
                files.append(current)
            elif current is not None:
                current[1] += line
            elif line.rstrip("\n") == "# stdout:":
                meta["stdout"].append("")
            elif line.rstrip("\n") == "# stderr:":
                meta["stderr"] = (meta["stderr"] or []) + [""]
            elif line.startswith("# stderr: "):
                meta["stderr"] = (meta["stderr"] or []) + [line[len("# stderr: "):].rstrip("\n")]
            elif line.startswith("# "):
                key, _, value = line[2:].rstrip("\n").partition(": ")
                if key in ("expect", "stdout"):
                    meta[key].append(value)
                elif key in meta:
                    meta[key] = value
    return meta, files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coop")
    ap.add_argument("fixture")
    ap.add_argument("--base", required=True)
    ap.add_argument("--update", action="store_true", help="write the # stderr: lines")
    a = ap.parse_args()
    meta, files = parse(a.fixture)
    with tempfile.TemporaryDirectory() as tmp:
        ledger = os.path.join(tmp, "ledger")
        shutil.copytree(a.base, ledger)
        for rel, content, delete in files:
            target = os.path.join(ledger, rel)
            if isinstance(delete, tuple):  # a symbolic link, pointing where it says
                if os.path.isdir(target) and not os.path.islink(target):
                    shutil.rmtree(target)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.symlink(delete[1], target)
                continue
            if delete:
                os.remove(target)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write(content)
        cmd = [a.coop, "-C", ledger, "--color", "never"] + meta["args"].split()
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    got = [l for l in r.stderr.splitlines() if DIAG.match(l)]
    if a.update:
        return update(a.fixture, r.stderr)
    problems = []
    if str(r.returncode) != meta["exit"]:
        problems.append(f"exit status {r.returncode}, expected {meta['exit']}")
    if got != meta["expect"]:
        problems.append("diagnostics differ:\n  expected:\n"
                        + "".join(f"    {l}\n" for l in meta["expect"])
                        + "  got:\n" + "".join(f"    {l}\n" for l in got))
    if meta["stderr"] is not None and r.stderr.splitlines() != meta["stderr"]:
        problems.append("stderr differs:\n  expected:\n"
                        + "".join(f"    {l}\n" for l in meta["stderr"]))
    if meta["stdout"] and r.stdout.splitlines() != meta["stdout"]:
        problems.append("stdout differs:\n" + r.stdout)
    if problems:
        print(f"FAIL {a.fixture} ({meta['rule']})")
        print("\n".join(problems))
        print("--- stderr ---\n" + r.stderr)
        return 1
    print(f"ok {os.path.basename(a.fixture)}: {meta['rule']}")
    return 0


def update(path, stderr):
    """Rewrites the fixture's header with `# stderr:` lines for `stderr`."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    body = next((i for i, l in enumerate(lines) if l.startswith("=== ")), len(lines))
    header = [l for l in lines[:body] if not l.startswith(("# stderr: ", "# stderr:\n"))]
    pinned = [f"# stderr: {l}\n" if l else "# stderr:\n" for l in stderr.splitlines()]
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(header + pinned + lines[body:]))
    print(f"updated {os.path.basename(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
