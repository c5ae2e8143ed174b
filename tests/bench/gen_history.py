#!/usr/bin/python3
"""A ledger with a long git history, for benchmarking coop audit:

    gen_history.py COOP DIR [--commits 10000] [--members 50]

`coop init DIR`, a genesis commit, one commit per member joining, then
COMMITS commits each appending one entry to one member's own file (a
contribution, or every fifth a review of another member's contribution), as
`coop log --commit` and `coop review --commit` do, authored by that member.
The commits are written with `git fast-import` (git's plumbing for bulk
history) rather than by running coop 10,000 times; the work tree is then
checked out. Deterministic: the same arguments give the same history.
"""
import argparse
import os
import random
import subprocess

SUFFIX = "abcdefghijklmnopqrstuvwxyz234567"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coop")
    ap.add_argument("dir")
    ap.add_argument("--commits", type=int, default=10000)
    ap.add_argument("--members", type=int, default=50)
    args = ap.parse_args()
    rng = random.Random(7)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run([args.coop, "init", args.dir, "-q"], check=True, env=env)
    root = args.dir
    genesis = {}
    for dirpath, _, names in os.walk(root):
        if ".git" in dirpath.split(os.sep):
            continue
        for n in names:
            p = os.path.join(dirpath, n)
            with open(p, "rb") as f:
                genesis[os.path.relpath(p, root)] = f.read()
    handles = [f"m{i:03}" for i in range(args.members)]
    out = []
    t = 1767225600  # 2026-01-01

    def blob(path, data):
        out.append(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")

    def commit(n, who, message, files):
        nonlocal t
        t += 60
        email = f"{who}@example.org"
        msg = message.encode()
        out.append(f"commit refs/heads/main\nmark :{n}\n"
                   f"author {who} <{email}> {t} +0000\ncommitter {who} <{email}> {t} +0000\n"
                   f"data {len(msg)}\n".encode() + msg + b"\n")
        if n > 1:
            out.append(f"from :{n - 1}\n".encode())
        for path, data in files:
            blob(path, data)
        out.append(b"\n")

    commit(1, handles[0], "genesis", sorted(genesis.items()))
    n = 1
    for i, h in enumerate(handles):
        roles = "[steward, treasurer]" if i == 0 else "[]"
        text = (f"handle: {h}\nname: Member {h}\nemails: [{h}@example.org]\njoined: 2025-01-01\n"
                f"left: null\nroles: {roles}\nkeys: []\n")
        n += 1
        commit(n, h, f"member add: {h}", [(f"members/{h}.yaml", text.encode())])
    files = {}  # path -> text
    contributions = []  # (id, handle, date)
    reviewed = set()  # (reviewer, id)
    months = [(2025 + m // 12, m % 12 + 1) for m in range(22)]  # 2025-01 .. 2026-10
    for k in range(args.commits):
        year, month = months[k * len(months) // args.commits]
        day = rng.randint(1, 28)
        date = f"{year:04}-{month:02}-{day:02}"
        h = rng.choice(handles)
        candidates = [c for c in contributions[-200:] if c[1] != h and (h, c[0]) not in reviewed]
        if k % 5 == 4 and candidates:
            cid, _, cdate = rng.choice(candidates)
            reviewed.add((h, cid))
            rdate = max(cdate, date)
            y, m = int(rdate[:4]), int(rdate[5:7])
            path = f"reviews/{y:04}/{m:02}/{h}.yaml"
            head = f"reviewer: {h}\nentries:\n"
            entry = (f"  - contribution: {cid}\n    date: {rdate}\n"
                     f"    score: {rng.randint(0, 5)}\n")
            message = f"review: {h} {cid}"
        else:
            cid = f"{h}-{date.replace('-', '')}-" + "".join(rng.choice(SUFFIX) for _ in range(4))
            contributions.append((cid, h, date))
            path = f"contributions/{year:04}/{month:02}/{h}.yaml"
            head = f"member: {h}\nentries:\n"
            entry = (f"  - id: {cid}\n    date: {date}\n    time: {rng.randint(1, 8) * 15}m\n"
                     f"    kind: code\n    summary: Work number {k}\n")
            message = f"log: {h} {cid}"
        files[path] = files.get(path, head) + entry
        n += 1
        commit(n, h, message, [(path, files[path].encode())])
    # --force: the history replaces the genesis commit coop init made itself.
    subprocess.run(["git", "fast-import", "--quiet", "--force"], cwd=root, input=b"".join(out),
                   check=True, env=env)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=root, check=True, env=env)


if __name__ == "__main__":
    main()
