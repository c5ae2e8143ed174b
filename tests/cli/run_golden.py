#!/usr/bin/python3
"""Runs coop and compares its stdout byte for byte with a golden file.

    run_golden.py [--exit N] [--without-git] COOP GOLDEN -- ARGS...

Runs `COOP --color never ARGS` (NO_COLOR set, COOP_MEMBER unset) and passes
when it exits N (default 0), prints nothing on stderr, and its stdout equals
GOLDEN exactly. With COOP_UPDATE_GOLDEN=1 in the environment it rewrites
GOLDEN instead: review the diff before committing it. With --without-git
the ledger named by -C is copied to a temporary folder outside any git
repository first, so the output cannot depend on the project's own history.
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coop")
    ap.add_argument("golden")
    ap.add_argument("--exit", type=int, default=0)
    ap.add_argument("--without-git", action="store_true")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    args = a.args[1:] if a.args[:1] == ["--"] else a.args
    env = dict(os.environ, NO_COLOR="1")
    env.pop("COOP_MEMBER", None)
    run_args = list(args)
    with tempfile.TemporaryDirectory() as tmp:
        if a.without_git:
            at = run_args.index("-C") + 1
            copy = os.path.join(tmp, "ledger")
            shutil.copytree(run_args[at], copy)
            run_args[at] = copy
        r = subprocess.run([a.coop, "--color", "never"] + run_args, capture_output=True, env=env,
                           timeout=120)
    if os.environ.get("COOP_UPDATE_GOLDEN") == "1":
        with open(a.golden, "wb") as f:
            f.write(r.stdout)
        print(f"updated {a.golden}")
    problems = []
    if r.returncode != a.exit:
        problems.append(f"exit status {r.returncode}, expected {a.exit}")
    if r.stderr:
        problems.append("stderr is not empty:\n" + r.stderr.decode("utf-8", "replace"))
    with open(a.golden, "rb") as f:
        want = f.read()
    if r.stdout != want:
        diff = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(True),
                                    r.stdout.decode("utf-8", "replace").splitlines(True),
                                    a.golden, "coop " + " ".join(args))
        problems.append("stdout differs from the golden file:\n" + "".join(diff))
    if problems:
        print("FAIL coop " + " ".join(args))
        print("\n".join(problems))
        return 1
    print(f"ok coop {' '.join(args)} matches {os.path.basename(a.golden)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
