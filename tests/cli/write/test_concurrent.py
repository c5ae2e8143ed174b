#!/usr/bin/python3
"""Two processes, each running `coop log` 100 times at once on the same
member file: all 200 entries land, with unique ids, and the file is valid."""
import os
import subprocess
import sys

import writelib
from writelib import Ledger, check, finish

L = Ledger()
L.add_member("alice")
L.git("add", "-A")
L.git("commit", "-qm", "start")
script = f"""
for i in $(seq 1 100); do
  "{writelib.COOP}" log 5m "entry $1-$i" --date 2026-11-03 >> "$2" || echo FAILED >> "$2"
done
"""
procs = [subprocess.Popen(["sh", "-c", script, "sh", str(n), os.path.join(L.tmp, f"ids{n}")],
                          cwd=L.root, env=writelib.env()) for n in (1, 2)]
for p in procs:
    p.wait()
ids = []
for n in (1, 2):
    with open(os.path.join(L.tmp, f"ids{n}")) as f:
        ids += f.read().split()
check("FAILED" not in ids, "every coop log succeeded")
check(len(ids) == 200 and len(set(ids)) == 200, f"200 unique ids printed ({len(set(ids))})")
data = L.load("contributions/2026/11/alice.yaml")
entries = data["entries"]
check(len(entries) == 200, f"200 entries in the file ({len(entries)})")
check(sorted(e["id"] for e in entries) == sorted(ids), "the file holds exactly the printed ids")
check(sorted(e["summary"] for e in entries) ==
      sorted(f"entry {n}-{i}" for n in (1, 2) for i in range(1, 101)), "no entry lost or doubled")
leftovers = [n for n in os.listdir(L.path("contributions/2026/11")) if n != "alice.yaml"]
check(leftovers == [], f"no lock or temporary file left ({leftovers})")
p = L.run("validate")
check(p.returncode == 0 and "(0 errors" in p.stdout,
      f"the file is valid ({p.stdout.strip()}{p.stderr.strip()[:500]})")
# 200 x 5m on one day is 16h40m: over max-time-per-day, a warning only.
L.close()
finish()
