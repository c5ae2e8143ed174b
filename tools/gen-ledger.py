#!/usr/bin/env python3
"""Generate a synthetic coop ledger (the formats of man/coop.1 and schema/) for tests and benchmarks.

    gen-ledger.py OUT_DIR [--members N] [--months M] [--per-month K]
                  [--reviews R] [--seed S] [--journal FILE]
                  [--overhead [PCT]] [--general-share PCT] [--minimum-payout AMOUNT]
                  [--format-version 2] [--period quarterly] [--leavers N]
                  [--plant-ring A,B] [--plant-harsh H] [--plant-long M]
                  [--plant-self-dealing T]

Writes coop.yaml, members/, contributions/, reviews/ and revenue/ under OUT_DIR
(no git repository). With --journal it also writes the same records as a
ledger-cli/hledger journal, for side-by-side timing against those tools.
Output is a pure function of the arguments; without the options of the second
line it is byte for byte what it has always been. The --plant-* options add
the patterns `coop monitor` must flag (SPEC section 7) without drawing from the
random sequence, so a planted ledger is the plain one plus the plants.

Options for the accounting of SPEC section 3 v2 (all off by default):
  --overhead [PCT]     each month also books general-pool overhead: a rent
                       expense of a random 20..140% (for PCT 80, the default;
                       PCT-60..PCT+60 in general) of that month's income, so some
                       months run a deficit the project pools must share and
                       some lose money, and a small expense on project `legacy`
                       that no contribution names (folded into the general pool).
  --general-share PCT  coop.yaml distribution.general-share (e.g. 15%).
  --minimum-payout AMOUNT
                       coop.yaml distribution.minimum-payout (e.g. 250.00).
  --format-version 2   coop: 2 with a `projects:` map of every project used,
                       treasurers m0000 and m0001 (no steward role), revenue
                       booked per treasurer in revenue/YYYY/MM/<handle>.yaml.
  --period quarterly   coop.yaml period (default monthly).
  --leavers N          the last N members leave, one after another: member k
                       of them has `left:` on the 28th of a month spread over
                       the ledger, and writes, reviews and connects nothing after.

Planted patterns for `coop monitor` (all off by default):
  --plant-ring A,B     A and B review every contribution of the other with a 5
                       (a review the draw already gave them is scored 5).
  --plant-harsh H      H also reviews every other member's contribution that H
                       does not review yet, scoring 2 under the median of its
                       other reviews (rounded down, at least 0).
  --plant-long M       every contribution of M is 1h, except M's first of the
                       first month, which is 20h.
  --plant-self-dealing T
                       treasurer T books, in the first month, an income of
                       1000.00 naming T as its connector (in T's own file with
                       --format-version 2; a v1 file says who booked it only
                       through git).
"""
import argparse
import os
import random

KINDS = {"code": "1", "design": "1", "support": "0.8", "sales": "1.2", "docs": "0.9"}
PROJECTS = ["website", "hosting", "support-desk", "mobile", "consulting"]
B32 = "abcdefghijklmnopqrstuvwxyz234567"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--members", type=int, default=50)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--per-month", type=int, default=20, help="contributions per member per month")
    ap.add_argument("--reviews", type=int, default=2, help="reviews per contribution")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--journal")
    ap.add_argument("--overhead", type=int, nargs="?", const=80, default=None, metavar="PCT",
                    help="monthly general-pool overhead, mean %% of the month's income (default 80)")
    ap.add_argument("--general-share", metavar="PCT", help="distribution.general-share, e.g. 15%%")
    ap.add_argument("--minimum-payout", metavar="AMOUNT", help="distribution.minimum-payout, e.g. 250.00")
    ap.add_argument("--format-version", type=int, choices=[1, 2], default=1)
    ap.add_argument("--period", choices=["monthly", "quarterly"], default="monthly")
    ap.add_argument("--leavers", type=int, default=0, metavar="N", help="the last N members leave")
    ap.add_argument("--plant-ring", metavar="A,B", help="two members who give each other 5s")
    ap.add_argument("--plant-harsh", metavar="H", help="a reviewer 2 points under the consensus")
    ap.add_argument("--plant-long", metavar="M", help="one 20h contribution among 1h ones")
    ap.add_argument("--plant-self-dealing", metavar="T", help="a treasurer who connects her own income")
    a = ap.parse_args()
    if a.leavers and not 0 < a.leavers <= a.members - 2:
        ap.error("--leavers must be between 1 and members - 2")
    ring = a.plant_ring.split(",") if a.plant_ring else []
    if a.plant_ring and (len(ring) != 2 or ring[0] == ring[1]):
        ap.error("--plant-ring takes two different members, like m0003,m0004")
    rnd = random.Random(a.seed)
    out = a.out
    os.makedirs(out, exist_ok=True)
    handles = [f"m{i:04d}" for i in range(a.members)]
    months = [(2025 + (m // 12), 1 + m % 12) for m in range(a.months)]
    jr = open(a.journal, "w") if a.journal else None

    def w(path, text):
        p = os.path.join(out, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)

    v2 = a.format_version == 2
    projects_used = PROJECTS + (["legacy"] if a.overhead is not None else [])
    extra_dist = ""
    if a.general_share is not None:
        extra_dist += f"  general-share: {a.general_share.rstrip('%')}%\n"
    if a.minimum_payout is not None:
        extra_dist += f"  minimum-payout: \"{a.minimum_payout}\"\n"
    w("coop.yaml", f"coop: {a.format_version}\nname: Synthetic Cooperative\ncurrency: EUR\n"
      f"period: {a.period}\n"
      + ("projects:\n" + "".join(f"  {p}: The {p} project\n" for p in sorted(projects_used)) if v2 else "")
      + "review:\n  scale: [0, 5]\n  neutral: 3\n  aggregate: median\n  trim: 10%\n"
      "  min-reviews: 2\n  unreviewed-factor: 0.5\nkinds:\n"
      + "".join(f"  {k}: {v}\n" for k, v in KINDS.items())
      + "distribution:\n  reserve: 10%\n  connector-share: 5%\n" + extra_dist
      + "rules:\n  max-time-per-day: 16h\n  signed-commits: false\n")
    # leavers: the last N members, member k of them out after the 28th of month leave_at[h]
    leave_at = {}
    for k in range(a.leavers):
        leave_at[handles[a.members - a.leavers + k]] = max(0, (k + 1) * a.months // (a.leavers + 1) - 1)
    treasurers = handles[:2] if v2 else handles[:1]
    for name, h in [("--plant-ring", x) for x in ring] + [("--plant-harsh", a.plant_harsh),
                                                          ("--plant-long", a.plant_long),
                                                          ("--plant-self-dealing", a.plant_self_dealing)]:
        if h is not None and h not in handles:
            ap.error(f"{name}: '{h}' is not one of the generated members (m0000 to {handles[-1]})")
    if a.plant_self_dealing is not None and a.plant_self_dealing not in treasurers:
        ap.error(f"--plant-self-dealing: '{a.plant_self_dealing}' is not a treasurer "
                 f"({', '.join(treasurers)})")
    for i, h in enumerate(handles):
        roles = ("[treasurer]" if h in treasurers else "[]") if v2 else \
            ("[treasurer, steward]" if i == 0 else "[]")
        left = "null"
        if h in leave_at:
            ly, lm = months[leave_at[h]]
            left = f"{ly}-{lm:02d}-28"
        w(f"members/{h}.yaml", f"handle: {h}\nname: Member {i}\nemails: [{h}@example.org]\n"
          f"joined: 2024-12-01\nleft: {left}\nroles: {roles}\nkeys: []\n")
    orng = random.Random(a.seed * 7919 + 17)   # overhead draws, apart from the main sequence
    seen = set()
    for mi, (y, mo) in enumerate(months):
        active = [h for h in handles if leave_at.get(h, mi) >= mi]
        ids = []  # (id, author)
        for h in active:
            lines = [f"member: {h}\nentries:\n"]
            used = {}  # minutes per day, kept under 16h
            for k in range(a.per_month):
                day = 1 + rnd.randrange(28)
                while used.get(day, 0) > 12 * 60:
                    day = 1 + rnd.randrange(28)
                while True:
                    cid = f"{h}-{y}{mo:02d}{day:02d}-" + "".join(rnd.choice(B32) for _ in range(4))
                    if cid not in seen:
                        seen.add(cid)
                        break
                minutes = 5 * rnd.randint(1, 48)
                used[day] = used.get(day, 0) + minutes  # the drawn time: the draws stay the same
                if h == a.plant_long:
                    minutes = 20 * 60 if mi == 0 and k == 0 else 60
                t = f"{minutes // 60}h{minutes % 60}m" if minutes % 60 and minutes >= 60 else (
                    f"{minutes // 60}h" if minutes % 60 == 0 else f"{minutes}m")
                kind = rnd.choice(list(KINDS))
                proj = rnd.choice(PROJECTS)
                lines.append(f"  - id: {cid}\n    date: {y}-{mo:02d}-{day:02d}\n    time: {t}\n"
                             f"    kind: {kind}\n    project: {proj}\n"
                             f"    summary: \"Work item {k} on {proj}\"\n")
                ids.append((cid, h, day))
                if jr:
                    jr.write(f"{y}-{mo:02d}-{day:02d} Work item {k} on {proj}  ; id:{cid}\n"
                             f"    work:{h}:{proj}:{kind}    {minutes} MIN\n    pool:time\n\n")
            w(f"contributions/{y}/{mo:02d}/{h}.yaml", "".join(lines))
        reviews = {h: [] for h in active}
        if len(active) > 1:
            for cid, author, day in ids:
                others = rnd.sample([x for x in active if x != author], min(a.reviews, len(active) - 1))
                partner = ring[1 - ring.index(author)] if author in ring else None
                drawn = []
                for r in others:
                    rday = min(28, day + rnd.randrange(3))
                    score = rnd.choices(range(6), weights=[1, 2, 5, 20, 30, 12])[0]
                    drawn.append((r, rday, 5 if r == partner else score))
                if partner is not None and partner in active and partner not in others:
                    drawn.append((partner, day, 5))
                if a.plant_harsh in active and a.plant_harsh != author and a.plant_harsh not in others \
                        and a.plant_harsh != partner:
                    scores = sorted(sc for _, _, sc in drawn)
                    n = len(scores)
                    if n >= 2:
                        middle2 = scores[(n - 1) // 2] + scores[n // 2]   # twice the median
                        drawn.append((a.plant_harsh, day, max(0, middle2 // 2 - 2)))
                for r, rday, score in drawn:
                    reviews[r].append(f"  - contribution: {cid}\n    date: {y}-{mo:02d}-{rday:02d}\n"
                                      f"    score: {score}\n")
                    if jr:
                        jr.write(f"{y}-{mo:02d}-{rday:02d} review of {cid}\n"
                                 f"    review:{r}:{author}    {score} SCORE\n    pool:score\n\n")
        for r, entries in reviews.items():
            if entries:
                w(f"reviews/{y}/{mo:02d}/{r}.yaml", f"reviewer: {r}\nentries:\n" + "".join(entries))
        rev = ["entries:\n"]
        books = {t: [f"treasurer: {t}\nentries:\n"] for t in treasurers}
        if a.plant_self_dealing is not None and mi == 0:
            entry = (f"  - id: rev-{y}{mo:02d}01-plant\n    date: {y}-{mo:02d}-01\n"
                     f"    type: income\n    amount: \"1000.00\"\n    party: Planted Client\n"
                     f"    connector: {a.plant_self_dealing}\n")
            rev.append(entry)
            books[a.plant_self_dealing].append(entry)
        income_cents = 0
        for j in range(max(3, a.members // 5)):
            day = 1 + rnd.randrange(28)
            typ = "income" if rnd.random() < 0.8 else "expense"
            cents = rnd.randint(5_000, 500_000) if typ == "income" else rnd.randint(1_000, 50_000)
            amt = f"{cents // 100}.{cents % 100:02d}"
            proj = rnd.choice(PROJECTS + [None])
            conn = rnd.choice(active) if typ == "income" and rnd.random() < 0.3 else None
            entry = (f"  - id: rev-{y}{mo:02d}{day:02d}-{j:04d}\n    date: {y}-{mo:02d}-{day:02d}\n"
                     f"    type: {typ}\n    amount: \"{amt}\"\n    party: Client {j}\n"
                     + (f"    project: {proj}\n" if proj else "")
                     + (f"    connector: {conn}\n" if conn else ""))
            rev.append(entry)
            books[treasurers[j % len(treasurers)]].append(entry)
            if typ == "income":
                income_cents += cents
            if jr:
                sign = "" if typ == "income" else "-"
                jr.write(f"{y}-{mo:02d}-{day:02d} Client {j}  ; id:rev-{y}{mo:02d}{day:02d}-{j:04d}\n"
                         f"    assets:bank    {sign}{amt} EUR\n    revenue:{proj or 'general'}\n\n")
        if a.overhead is not None:
            pct = max(5, a.overhead - 60 + orng.randint(0, 120))
            rent = max(10_000, income_cents * pct // 100)
            legacy = 1_000 + orng.randint(0, 20_000)
            for k, (name, cents, proj, party) in enumerate(
                    [("rent", rent, None, "Landlord"), ("legacy", legacy, "legacy", "Old servers")]):
                amt = f"{cents // 100}.{cents % 100:02d}"
                entry = (f"  - id: rev-{y}{mo:02d}28-{name}\n    date: {y}-{mo:02d}-28\n"
                         f"    type: expense\n    amount: \"{amt}\"\n    party: {party}\n"
                         + (f"    project: {proj}\n" if proj else ""))
                rev.append(entry)
                books[treasurers[k % len(treasurers)]].append(entry)
                if jr:
                    jr.write(f"{y}-{mo:02d}-28 {party}  ; id:rev-{y}{mo:02d}28-{name}\n"
                             f"    assets:bank    -{amt} EUR\n    revenue:{proj or 'general'}\n\n")
        if v2:
            for t, lines in books.items():
                if len(lines) > 1:
                    w(f"revenue/{y}/{mo:02d}/{t}.yaml", "".join(lines))
        else:
            w(f"revenue/{y}/{mo:02d}.yaml", "".join(rev))
    if jr:
        jr.close()


if __name__ == "__main__":
    main()
