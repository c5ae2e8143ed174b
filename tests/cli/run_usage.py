#!/usr/bin/python3
"""Runs one golden usage test (tests/cli/usage/*.t) through the real coop binary.

    run_usage.py COOP CASE --cwd DIR

A case is a text file, as in cram or ledger's regression tests:

    # what it checks
    $ coop member ad zoe
    ! coop: error: 'ad' is not a 'coop member' command; did you mean 'add'?
    [2]

`$ coop ARGS` is the command line (shell words; run in DIR, NO_COLOR set), a
line `! TEXT` is a line of stderr, any other line is a line of stdout, and
`[N]` is the exit status (0 when absent). Both streams must match exactly.
"""
import argparse
import os
import shlex
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coop")
    ap.add_argument("case")
    ap.add_argument("--cwd", required=True)
    a = ap.parse_args()
    args, out, err, status = None, [], [], 0
    with open(a.case, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("#") and args is None:
                continue
            if line.startswith("$ coop"):
                args = shlex.split(line[len("$ coop"):])
            elif line.startswith("! ") or line == "!":
                err.append(line[2:])
            elif line.startswith("[") and line.endswith("]"):
                status = int(line[1:-1])
            else:
                out.append(line)
    if args is None:
        sys.exit(f"{a.case}: no '$ coop' line")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "COOP_"))}
    env["NO_COLOR"] = "1"
    p = subprocess.run([a.coop, *args], cwd=a.cwd, env=env, capture_output=True, text=True)
    got_out, got_err = p.stdout.splitlines(), p.stderr.splitlines()
    ok = p.returncode == status and got_out == out and got_err == err
    if not ok:
        print(f"FAIL {a.case}: coop {shlex.join(args)}")
        print(f"exit {p.returncode}, expected {status}")
        for name, want, got in (("stdout", out, got_out), ("stderr", err, got_err)):
            if want != got:
                print(f"--- {name} expected ---\n" + "\n".join(want))
                print(f"--- {name} got ---\n" + "\n".join(got))
        sys.exit(1)
    print(f"ok {os.path.basename(a.case)}")


if __name__ == "__main__":
    main()
