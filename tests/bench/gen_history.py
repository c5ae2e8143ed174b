#!/usr/bin/python3
"""A ledger with a long git history, for benchmarking coop audit:

    gen_history.py COOP DIR [--commits 10000] [--members 50] [--proposals 100]

`coop init DIR`, a genesis commit (with the founder, the treasurer), one
commit per other member joining, then COMMITS commits, each authored by one
member as coop's writing commands would make it: a contribution appended to
the member's own file, every fifth a review of another member's work, and
PROPOSALS policy proposals (`coop propose`) in the first half of the history,
each followed by the stances of 30 other members (`coop consent`, `coop
object`, `coop abstain`) and, for every fifth proposal once its stances are
in, its enactment (`coop enact`: coop.yaml changed, the Coop-Proposal trailer).
Every tenth proposal gets too few consents and stays open. The audit of the
result has no findings.
The commits are written with `git fast-import` (git's plumbing for bulk
history) rather than by running coop 10,000 times; the work tree is then
checked out. Deterministic: the same arguments give the same history.
"""
import argparse
import os
import datetime
import random
import re
import subprocess

SUFFIX = "abcdefghijklmnopqrstuvwxyz234567"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coop")
    ap.add_argument("dir")
    ap.add_argument("--commits", type=int, default=10000)
    ap.add_argument("--members", type=int, default=50)
    ap.add_argument("--proposals", type=int, default=100)
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

    def member(h, roles):
        return (f"handle: {h}\nname: Member {h}\nemails: [{h}@example.org]\njoined: 2025-01-01\n"
                f"left: null\nroles: {roles}\nkeys: []\n").encode()

    # The founder is in the genesis commit, which is trusted with its roles (O1).
    genesis[f"members/{handles[0]}.yaml"] = member(handles[0], "[treasurer]")
    commit(1, handles[0], "genesis", sorted(genesis.items()))
    n = 1
    for h in handles[1:]:
        n += 1
        commit(n, h, f"member add: {h}", [(f"members/{h}.yaml", member(h, "[]"))])
    coop_yaml = genesis["coop.yaml"].decode()
    files = {}  # path -> text
    dated = {}  # handle -> dates of their entries
    contributions = []  # (id, handle, date)
    reviewed = set()  # (reviewer, id)
    months = [(2025 + m // 12, m % 12 + 1) for m in range(22)]  # 2025-01 .. 2026-10
    # Proposals in the first half (dated in 2025, before every commit's own
    # date in 2026, so min-open has passed when they are enacted).
    first = args.commits // len(months) + 50  # from February 2025, when members are active
    spacing = max(1, (args.commits * 11 // len(months) - first) // max(1, args.proposals))
    at = {first + p * spacing: p for p in range(args.proposals)}
    pending = []  # (proposal number, id, date, member, stance), in order
    enact = []  # (id, new reserve), once its stances are in
    for k in range(args.commits):
        year, month = months[k * len(months) // args.commits]
        day = rng.randint(1, 28)
        date = f"{year:04}-{month:02}-{day:02}"
        h = rng.choice(handles)
        if k in at:
            p = at[k]
            pdate = f"{year:04}-{month:02}-28"
            reserve = 5 + p % 20
            pid = f"prop-{pdate.replace('-', '')}-reserve-p{p:03}"
            text = (f"id: {pid}\nproposer: {h}\ndate: {pdate}\ntitle: Keep {reserve}% in reserve\n"
                    f"reason: Proposal number {p}.\nchange:\n"
                    f"  policy: {{distribution.reserve: {reserve}%}}\n")
            n += 1
            commit(n, h, f"propose: {pid}", [(f"proposals/{year:04}/{pid}.yaml", text.encode())])
            # Voters (§6): members with an entry in the 90 days up to the proposal's date.
            since = (datetime.date.fromisoformat(pdate) - datetime.timedelta(days=90)).isoformat()
            active = sorted(x for x in handles if x != h
                            and any(since <= d <= pdate for d in dated.get(x, ())))
            others = rng.sample(active, min(30, len(active)))
            # Every tenth: 11 consents to 19 objections, under the threshold of 2/3.
            consents = 10 if p % 10 == 9 else 26
            for j, voter in enumerate(others):
                stance = "consent" if j < consents else "object" if j < 29 else "abstain"
                pending.append((p, pid, pdate, voter, stance))
            if p % 5 == 0 and p % 10 != 9:
                enact.append((pid, reserve, len(pending)))
            continue
        if enact and enact[0][2] == 0:
            pid, reserve, _ = enact.pop(0)
            # As coop enact edits: the value replaced, the comment kept in its column.
            coop_yaml = re.sub(r"(\n  reserve: )(\d+%)( +)#",
                               lambda m: f"{m[1]}{reserve}%"
                               + " " * max(1, len(m[2]) + len(m[3]) - len(f"{reserve}%")) + "#",
                               coop_yaml, count=1)
            n += 1
            commit(n, h, f"enact: {pid}\n\nCoop-Proposal: {pid}\n",
                   [("coop.yaml", coop_yaml.encode())])
            continue
        if pending and k % 3 != 0:
            _, pid, pdate, voter, stance = pending.pop(0)
            enact = [(e[0], e[1], e[2] - 1) for e in enact]
            path = f"stances/{pdate[:4]}/{pdate[5:7]}/{voter}.yaml"
            head = f"member: {voter}\nentries:\n"
            entry = f"  - proposal: {pid}\n    date: {pdate}\n    stance: {stance}\n"
            if stance == "object":
                entry += "    reason: Not now.\n"
            files[path] = files.get(path, head) + entry
            n += 1
            commit(n, voter, f"{stance}: {pid}", [(path, files[path].encode())])
            continue
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
        dated.setdefault(h, set()).add(rdate if k % 5 == 4 and candidates else date)
        files[path] = files.get(path, head) + entry
        n += 1
        commit(n, h, message, [(path, files[path].encode())])
    # --force: the history replaces the genesis commit coop init made itself.
    subprocess.run(["git", "fast-import", "--quiet", "--force"], cwd=root, input=b"".join(out),
                   check=True, env=env)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=root, check=True, env=env)


if __name__ == "__main__":
    main()
