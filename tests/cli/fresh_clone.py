#!/usr/bin/python3
"""A fresh clone of the repository carries what its tests need.

    fresh_clone.py BUILD SOURCE

Clones SOURCE (its committed HEAD) alone into an empty temporary folder,
checks that nothing under tests/, .ci/, cmake/ or the CMake files names the
workplace's folder beside the project (SIBLING), then runs every test that needs the ledger
generator (tools/gen-ledger.py) with the clone's scripts and generator: the
commands CTest has for them in BUILD, with SOURCE replaced by the clone
(the coop and unit test binaries are BUILD's: building again would double the
suite's time for nothing the clone could change).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# The workplace's folder beside the project, in ../ or /work/ form, spelt so that
# this file does not name it itself.
SIBLING = r"\.\./[s]hared/|/work/[s]hared".replace("[s]", "s", 1)

# The tests that run tools/gen-ledger.py.
GENERATOR_TESTS = re.compile(
    r"generated|threads-deterministic|monitor-planted|same result with one or many threads")


def in_clone(arg, build, source, clone):
    """ARG with its source paths in the clone; BUILD's (maybe inside SOURCE) kept."""
    if arg == build or arg.startswith(build + "/"):
        return arg
    return arg.replace(source + "/", clone + "/")


def main():
    build, source = (os.path.abspath(p) for p in sys.argv[1:3])
    with tempfile.TemporaryDirectory(prefix="coop-clone-") as tmp:
        clone = os.path.join(tmp, "coop")
        subprocess.run(["git", "clone", "-q", "--no-hardlinks", source, clone], check=True)
        if os.listdir(tmp) != ["coop"]:
            sys.exit("FAIL: the clone is not alone in its folder")
        found = subprocess.run(
            ["grep", "-rlnE", SIBLING, "tests", ".ci", "cmake", "CMakeLists.txt",
             "lib/CMakeLists.txt", "cmd/CMakeLists.txt"],
            cwd=clone, capture_output=True, text=True).stdout.split()
        if found:
            sys.exit(f"FAIL: these files name the folder beside the project: {found}")
        if not os.path.isfile(os.path.join(clone, "tools", "gen-ledger.py")):
            sys.exit("FAIL: the clone has no tools/gen-ledger.py")

        listing = json.loads(subprocess.run(
            ["ctest", "--test-dir", build, "--show-only=json-v1"],
            check=True, capture_output=True, text=True).stdout)
        tests = [t for t in listing["tests"] if GENERATOR_TESTS.search(t["name"])]
        if len(tests) < 7:
            sys.exit(f"FAIL: only {len(tests)} generator tests found: {[t['name'] for t in tests]}")
        env = dict(os.environ, COOP_GEN_LEDGER=os.path.join(clone, "tools", "gen-ledger.py"))
        failed = []
        for t in tests:
            command = [in_clone(a, build, source, clone) for a in t["command"]]
            cwd = next((p["value"] for p in t.get("properties", [])
                        if p["name"] == "WORKING_DIRECTORY"), build)
            p = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
            print(f"{'ok' if p.returncode == 0 else 'FAIL'}: {t['name']} (in the clone)")
            if p.returncode != 0:
                failed.append(t["name"])
                print(p.stdout[-2000:], p.stderr[-2000:])
        print(f"{len(tests) - len(failed)} passed, {len(failed)} failed")
        sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
