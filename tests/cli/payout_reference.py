#!/usr/bin/python3
"""An independent reference for SPEC section 3, checked against `coop payout`.

    payout_reference.py COOP LEDGER [PERIOD...]
    payout_reference.py COOP --generate GEN_LEDGER_PY --seed S [--members N]
                        [--months M] [--per-month K] [--reviews R]
                        [--aggregate A] [--trim T] [--reserve R] [--connector-share C]

Reads the ledger's YAML files itself (every scalar as text), computes every
pool, member and total of each period with fractions.Fraction straight from the
words of SPEC section 3, runs `COOP -C LEDGER payout --period P --format json`
and compares every value. Without PERIOD: every month with an entry, and every
quarter. With --generate: first writes a ledger with tools/gen-ledger.py into
a temporary directory, optionally with another review aggregate, trim, reserve
or connector share in its coop.yaml.

Prints one line per period and any difference; exits 1 on a difference.
Written from the SPEC alone, not from coop's source.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from fractions import Fraction

import yaml


# ---- reading the ledger (every scalar as text, so nothing is a float)

def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def percent(text):
    assert text.endswith("%"), text
    return Fraction(text[:-1]) / 100


def minutes_of(text):
    m = re.fullmatch(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+)m)?", text)
    assert m and text, text
    total = Fraction(m.group(1) or 0) * 60 + int(m.group(2) or 0)
    assert total.denominator == 1, text
    return int(total)


def is_null(v):
    return v is None or v in ("", "~", "null", "Null", "NULL")


def yaml_files(root, folder):
    base = os.path.join(root, folder)
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.endswith(".yaml"):
                yield os.path.join(dirpath, fn)


class Ledger:
    def __init__(self, root):
        coop = load(os.path.join(root, "coop.yaml"))
        self.currency = coop["currency"]
        self.digits = {"JPY": 0, "KRW": 0, "KWD": 3, "BHD": 3, "JOD": 3, "OMR": 3, "TND": 3}.get(
            self.currency, 2)
        review = coop["review"]
        self.neutral = int(review["neutral"])
        self.aggregate = review["aggregate"]
        self.trim = percent(review.get("trim", "0%"))
        self.min_reviews = int(review["min-reviews"])
        self.unreviewed = Fraction(review["unreviewed-factor"])
        self.weights = {k: Fraction(v) for k, v in coop["kinds"].items()}
        self.reserve = percent(coop["distribution"]["reserve"])
        self.share = percent(coop["distribution"]["connector-share"])
        self.members = {}
        for path in yaml_files(root, "members"):
            m = load(path)
            left = m.get("left")
            self.members[m["handle"]] = (m["joined"], None if is_null(left) else left)
        self.contributions = []
        for path in yaml_files(root, "contributions"):
            doc = load(path)
            for e in doc.get("entries") or []:
                self.contributions.append(dict(id=e["id"], member=doc["member"], date=e["date"],
                                               minutes=minutes_of(e["time"]), kind=e["kind"],
                                               project=e.get("project")))
        self.reviews = []
        for path in yaml_files(root, "reviews"):
            doc = load(path)
            for e in doc.get("entries") or []:
                self.reviews.append(dict(reviewer=doc["reviewer"], contribution=e["contribution"],
                                         date=e["date"], score=int(e["score"])))
        self.revenue = []
        for path in yaml_files(root, "revenue"):
            doc = load(path)
            for e in doc.get("entries") or []:
                self.revenue.append(dict(date=e["date"], type=e["type"],
                                         amount=self.minor(e["amount"]), project=e.get("project"),
                                         connector=e.get("connector")))

    def minor(self, text):
        v = Fraction(text) * 10 ** self.digits
        assert v.denominator == 1, text
        return int(v)

    def active(self, handle, date):
        if handle not in self.members:
            return False
        joined, left = self.members[handle]
        return joined <= date and (left is None or date <= left)


# ---- periods

def in_period(date, period):
    year, rest = period.split("-")
    if date[:4] != year:
        return False
    month = int(date[5:7])
    if rest.startswith("Q"):
        return (month - 1) // 3 + 1 == int(rest[1:])
    return month == int(rest)


def periods_of(ledger):
    dates = [c["date"] for c in ledger.contributions] + [r["date"] for r in ledger.reviews] + \
        [e["date"] for e in ledger.revenue]
    months = sorted({d[:7] for d in dates})
    quarters = sorted({f"{d[:4]}-Q{(int(d[5:7]) - 1) // 3 + 1}" for d in dates})
    return months + quarters


# ---- SPEC section 3

def half_even(x):
    """A Fraction rounded to the nearest integer, half to even (Python's round does this)."""
    return round(x)


def factor(ledger, c):
    # Rule 1: valid reviews.
    valid = {}
    for r in ledger.reviews:
        if r["contribution"] != c["id"] or r["reviewer"] == c["member"]:
            continue
        if not ledger.active(r["reviewer"], r["date"]) or r["reviewer"] in valid:
            continue
        valid[r["reviewer"]] = r["score"]
    scores = sorted(valid.values())
    n = len(scores)
    # Rule 2.
    if n < ledger.min_reviews or n == 0:
        return ledger.unreviewed
    if ledger.aggregate == "median":
        a = Fraction(scores[(n - 1) // 2] + scores[n // 2], 2)
    elif ledger.aggregate == "mean":
        a = Fraction(sum(scores), n)
    else:
        cut = int(n * ledger.trim)  # floor, both positive
        kept = scores[cut:n - cut]
        a = Fraction(sum(kept), len(kept))
    return Fraction(half_even(a / ledger.neutral * 10 ** 6), 10 ** 6)


def largest_remainder(total, points):
    """points: {handle: Fraction}; returns {handle: int} adding up to total."""
    p = sum(points.values())
    quota = {h: Fraction(total) * v / p for h, v in points.items()}
    shares = {h: q.numerator // q.denominator for h, q in quota.items()}
    left = total - sum(shares.values())
    order = sorted(points, key=lambda h: (-(quota[h] - shares[h]), h.encode()))
    for h in order[:left]:
        shares[h] += 1
    return shares


def payout(ledger, period):
    work = [c for c in ledger.contributions if in_period(c["date"], period)]
    points = {}  # member -> points
    project_points = {}  # project -> member -> points
    members = {}
    for c in work:
        pts = c["minutes"] * ledger.weights[c["kind"]] * factor(ledger, c)
        m = members.setdefault(c["member"], dict(minutes=0, contributions=0, commission=0, amount=0))
        m["minutes"] += c["minutes"]
        m["contributions"] += 1
        points[c["member"]] = points.get(c["member"], 0) + pts
        if c["project"]:
            pp = project_points.setdefault(c["project"], {})
            pp[c["member"]] = pp.get(c["member"], 0) + pts

    def new_pool():
        return dict(income=0, expenses=0, commissions=0)

    pools = {"general": new_pool()}
    totals = dict(income=0, expenses=0, commissions=0)
    for e in ledger.revenue:
        if not in_period(e["date"], period):
            continue
        name = e["project"] or "general"
        pool = pools.setdefault(name, new_pool())
        if e["type"] == "expense":
            pool["expenses"] += e["amount"]
            totals["expenses"] += e["amount"]
            continue
        pool["income"] += e["amount"]
        totals["income"] += e["amount"]
        if e["connector"]:
            c = half_even(e["amount"] * ledger.share)
            pool["commissions"] += c
            totals["commissions"] += c
            m = members.setdefault(e["connector"], dict(minutes=0, contributions=0, commission=0,
                                                        amount=0))
            m["commission"] += c
    # Rule 5: a project pool without work in the period goes to the general pool.
    for name in sorted(pools):
        if name != "general" and name not in project_points:
            for k in ("income", "expenses", "commissions"):
                pools["general"][k] += pools[name][k]
            del pools[name]
    reserve_total = deficit_total = 0
    for name, pool in pools.items():
        b = pool["income"] - pool["commissions"] - pool["expenses"]
        pool["balance"] = b
        pool["reserve"] = pool["distributable"] = pool["deficit"] = 0
        if b > 0:
            pool["reserve"] = half_even(b * ledger.reserve)
            pool["distributable"] = b - pool["reserve"]
        else:
            pool["deficit"] = -b
        # Rule 6.
        sharers = points if name == "general" else project_points[name]
        pool["points"] = sum(sharers.values(), Fraction(0))
        if pool["points"] == 0:
            pool["reserve"] += pool["distributable"]
            pool["distributable"] = 0
        else:
            for h, s in largest_remainder(pool["distributable"], sharers).items():
                members[h]["amount"] += s
        reserve_total += pool["reserve"]
        deficit_total += pool["deficit"]
    # Rule 7.
    for m in members.values():
        m["amount"] += m["commission"]
    listed = {h: m for h, m in members.items() if m["contributions"] > 0 or m["amount"] > 0}
    totals.update(reserve=reserve_total, deficit=deficit_total,
                  paid=sum(m["amount"] for m in listed.values()))
    for h, m in listed.items():
        m["points"] = points.get(h, Fraction(0))
    order = ["general"] + sorted(n for n in pools if n != "general")
    return dict(pools=[(n, pools[n]) for n in order], members=sorted(listed.items()),
                totals=totals)


# ---- comparing with coop

def compare(ledger, period, got):
    want = payout(ledger, period)
    problems = []

    def money(v):
        return Fraction(v) * 10 ** ledger.digits

    def check(where, key, expected, text, conv):
        try:
            value = conv(text)
        except (TypeError, ValueError):
            value = None
        if value != expected:
            problems.append(f"{period} {where} {key}: coop {text!r}, reference {expected}")

    if got.get("period") != period or got.get("currency") != ledger.currency:
        problems.append(f"{period}: period/currency {got.get('period')}/{got.get('currency')}")
    got_pools = [p["pool"] for p in got["pools"]]
    if got_pools != [n for n, _ in want["pools"]]:
        problems.append(f"{period} pools: coop {got_pools}, reference {[n for n, _ in want['pools']]}")
    for (name, pool), g in zip(want["pools"], got["pools"]):
        for k in ("income", "expenses", "commissions", "balance", "reserve", "distributable",
                  "deficit"):
            check(f"pool {name}", k, pool[k], g[k], money)
        check(f"pool {name}", "points", pool["points"], g["points"], Fraction)
    got_members = [m["member"] for m in got["members"]]
    if got_members != [h for h, _ in want["members"]]:
        problems.append(f"{period} members: coop {got_members}, reference "
                        f"{[h for h, _ in want['members']]}")
    for (h, m), g in zip(want["members"], got["members"]):
        check(h, "minutes", m["minutes"], g["minutes"], int)
        check(h, "contributions", m["contributions"], g["contributions"], int)
        check(h, "points", m["points"], g["points"], Fraction)
        check(h, "commission", m["commission"], g["commission"], money)
        check(h, "amount", m["amount"], g["amount"], money)
    for k, v in want["totals"].items():
        check("totals", k, v, got["totals"][k], money)
    return problems, want


def run_coop(coop, root, period):
    r = subprocess.run([coop, "-C", root, "--color", "never", "payout", "--period", period,
                        "--format", "json"], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"coop payout --period {period} exited {r.returncode}: {r.stderr}")
    return json.loads(r.stdout)


def patch_policy(root, a):
    path = os.path.join(root, "coop.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for key, value in (("aggregate", a.aggregate), ("trim", a.trim), ("reserve", a.reserve),
                       ("connector-share", a.connector_share)):
        if value is not None:
            text, n = re.subn(rf"^(\s*{key}:) .*$", rf"\1 {value}", text, flags=re.M)
            assert n == 1, key
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def check_ledger(coop, root, periods):
    ledger = Ledger(root)
    failed = 0
    for period in periods or periods_of(ledger):
        problems, want = compare(ledger, period, run_coop(coop, root, period))
        paid = want["totals"]["paid"]
        print(f"{'FAIL' if problems else 'ok  '} {period}: {len(want['members'])} members, "
              f"{len(want['pools'])} pools, paid {paid} minor units")
        for p in problems[:20]:
            print("     " + p)
        failed += bool(problems)
    return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("coop")
    ap.add_argument("ledger", nargs="?")
    ap.add_argument("periods", nargs="*")
    ap.add_argument("--generate", metavar="GEN_LEDGER_PY")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--members", type=int, default=4)
    ap.add_argument("--months", type=int, default=4)
    ap.add_argument("--per-month", type=int, default=3)
    ap.add_argument("--reviews", type=int, default=2)
    ap.add_argument("--aggregate")
    ap.add_argument("--trim")
    ap.add_argument("--reserve")
    ap.add_argument("--connector-share")
    a = ap.parse_args()
    if a.generate:
        with tempfile.TemporaryDirectory(prefix="coop-reference-") as tmp:
            root = os.path.join(tmp, "ledger")
            subprocess.run(["/usr/bin/python3", a.generate, root, "--members", str(a.members),
                            "--months", str(a.months), "--per-month", str(a.per_month),
                            "--reviews", str(a.reviews), "--seed", str(a.seed)], check=True)
            patch_policy(root, a)
            failed = check_ledger(a.coop, root, a.periods)
    else:
        if not a.ledger:
            ap.error("give a LEDGER or --generate")
        failed = check_ledger(a.coop, a.ledger, a.periods)
    print("all periods match the reference" if not failed else f"{failed} periods differ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
