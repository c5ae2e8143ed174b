#!/usr/bin/python3
"""An independent reference for SPEC section 3 (v2), checked against `coop payout`.

    payout_reference.py COOP LEDGER [PERIOD...]
    payout_reference.py COOP --generate GEN_LEDGER_PY --seed S [--members N]
                        [--months M] [--per-month K] [--reviews R]
                        [--aggregate A] [--trim T] [--reserve R] [--connector-share C]
                        [--overhead [PCT]] [--general-share PCT] [--minimum-payout AMOUNT]
                        [--format-version 1|2] [--period monthly|quarterly] [--leavers N]

Reads the ledger's YAML files itself (every scalar as text), computes every
period with fractions.Fraction straight from the words of SPEC section 3: the
chain of periods from the first one with an entry (what each carries out is
what the next starts from; a closed period's statement in payouts/ gives what
it carried out and the policy it is computed under), and in each period every
pool, member, total and what is carried in and out. It runs
`COOP -C LEDGER payout --period P --format json` and compares every value.
Without PERIOD: every month with an entry, and every quarter. With
--generate: first writes a ledger with tools/gen-ledger.py into a temporary
directory (the options after --leavers are passed on to it), optionally with
another review aggregate, trim, reserve or connector share in its coop.yaml.

Prints one line per period and any difference; exits 1 on a difference.
Written from the SPEC alone, not from coop's source.
"""
import argparse
import datetime
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
        self.cadence = coop.get("period", "monthly")
        self.policy = self.read_policy(coop["review"], coop["kinds"], coop["distribution"])
        self.statements = {}  # period -> the statement in payouts/
        if os.path.isdir(os.path.join(root, "payouts")):
            for fn in sorted(os.listdir(os.path.join(root, "payouts"))):
                if fn.endswith(".yaml"):
                    self.statements[fn[:-5]] = load(os.path.join(root, "payouts", fn))
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

    def read_policy(self, review, kinds, distribution):
        """The review, kinds and distribution of coop.yaml or of a statement's policy."""
        return dict(
            neutral=int(review["neutral"]), aggregate=review["aggregate"],
            trim=percent(review.get("trim", "0%")), min_reviews=int(review["min-reviews"]),
            unreviewed=Fraction(review["unreviewed-factor"]),
            weights={k: Fraction(v) for k, v in kinds.items()},
            reserve=percent(distribution["reserve"]),
            share=percent(distribution["connector-share"]),
            general_share=percent(distribution.get("general-share", "0%")),
            minimum=self.minor(distribution.get("minimum-payout", "0")))

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

def month_index(date):  # "2026-11-03" -> 2026 * 12 + 10
    return int(date[:4]) * 12 + int(date[5:7]) - 1


def period_months(period):
    """The months of a period, as month indexes."""
    year, rest = period.split("-")
    if rest.startswith("Q"):
        first = int(year) * 12 + (int(rest[1:]) - 1) * 3
        return list(range(first, first + 3))
    return [int(year) * 12 + int(rest) - 1]


def month_name(index):
    return f"{index // 12:04}-{index % 12 + 1:02}"


def quarter_name(index):
    return f"{index // 12:04}-Q{index % 12 // 3 + 1}"


def in_period(date, period):
    return month_index(date) in period_months(period)


def last_day(period):
    last = period_months(period)[-1]
    y, m = last // 12, last % 12 + 1
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - datetime.timedelta(days=1)).isoformat()


def dates_of(ledger):
    return [c["date"] for c in ledger.contributions] + [r["date"] for r in ledger.reviews] + \
        [e["date"] for e in ledger.revenue]


def periods_of(ledger):
    dates = dates_of(ledger)
    months = sorted({d[:7] for d in dates})
    quarters = sorted({quarter_name(month_index(d)) for d in dates})
    return months + quarters


def cadence_period(ledger, month):
    """The period of the co-op's cadence holding month index `month`."""
    return quarter_name(month) if ledger.cadence == "quarterly" else month_name(month)


def chain_before(ledger, period):
    """SPEC 3 "Carried in": the periods computed before `period`: from the
    cadence period of the ledger's first entry, a closed period or one of the
    cadence when it ends before `period` starts, else a month."""
    dates = dates_of(ledger)
    starts = [period_months(cadence_period(ledger, month_index(min(dates))))[0]] if dates else []
    starts += [period_months(p)[0] for p in ledger.statements]
    if not starts:
        return []
    start, until = min(starts), period_months(period)[0]
    steps, m = [], start
    while m < until:
        closed = [p for p in sorted(ledger.statements)
                  if period_months(p)[0] == m and period_months(p)[-1] < until]
        cadence = cadence_period(ledger, m)
        if closed:
            step = closed[0]
        elif period_months(cadence)[0] == m and period_months(cadence)[-1] < until:
            step = cadence
        else:
            step = month_name(m)
        steps.append(step)
        m = period_months(step)[-1] + 1
    return steps


# ---- SPEC section 3

def half_even(x):
    """A Fraction rounded to the nearest integer, half to even (Python's round does this)."""
    return round(x)


def factor(ledger, policy, c):
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
    if n < policy["min_reviews"] or n == 0:
        return policy["unreviewed"]
    if policy["aggregate"] == "median":
        a = Fraction(scores[(n - 1) // 2] + scores[n // 2], 2)
    elif policy["aggregate"] == "mean":
        a = Fraction(sum(scores), n)
    else:
        cut = int(n * policy["trim"])  # floor, both positive
        kept = scores[cut:n - cut]
        a = Fraction(sum(kept), len(kept))
    return Fraction(half_even(a / policy["neutral"] * 10 ** 6), 10 ** 6)


def largest_remainder(total, weights, tie_key):
    """weights: {key: Fraction}; returns {key: int} adding up to total; ties by tie_key."""
    p = sum(weights.values())
    quota = {h: Fraction(total) * v / p for h, v in weights.items()}
    shares = {h: q.numerator // q.denominator for h, q in quota.items()}
    left = total - sum(shares.values())
    order = sorted(weights, key=lambda h: (-(quota[h] - shares[h]), tie_key(h)))
    for h in order[:left]:
        shares[h] += 1
    return shares


def new_member():
    return dict(minutes=0, contributions=0, points=Fraction(0), commission=0, shares=0)


def payout(ledger, period, policy, carried):
    """SPEC 3 rules 1 to 10 for one period, from `carried` = (R_in, D_in, {member: b_in})."""
    r_in, d_in, b_in = carried
    work = [c for c in ledger.contributions if in_period(c["date"], period)]
    members = {}
    project_points = {}  # project -> member -> points
    for c in work:  # rules 1-3
        pts = c["minutes"] * policy["weights"][c["kind"]] * factor(ledger, policy, c)
        m = members.setdefault(c["member"], new_member())
        m["minutes"] += c["minutes"]
        m["contributions"] += 1
        m["points"] += pts
        if c["project"]:
            pp = project_points.setdefault(c["project"], {})
            pp[c["member"]] = pp.get(c["member"], 0) + pts

    # Rule 4.
    def new_pool():
        return {k: 0 for k in ("income", "expenses", "commissions", "general-share",
                               "deficit-in")}

    pools = {"general": new_pool()}
    income = expenses = 0
    for e in ledger.revenue:
        if not in_period(e["date"], period):
            continue
        name = e["project"] or "general"
        pool = pools.setdefault(name, new_pool())
        if e["type"] == "expense":
            pool["expenses"] += e["amount"]
            expenses += e["amount"]
            continue
        pool["income"] += e["amount"]
        income += e["amount"]
        rest = e["amount"]
        if e["connector"]:
            c = half_even(e["amount"] * policy["share"])
            pool["commissions"] += c
            members.setdefault(e["connector"], new_member())["commission"] += c
            rest -= c
        if e["project"]:
            moved = half_even(rest * policy["general_share"])
            pool["general-share"] -= moved
            pools["general"]["general-share"] += moved
    pools["general"]["deficit-in"] = d_in
    for name in sorted(pools):  # a project without work: all its amounts to general
        if name != "general" and name not in project_points:
            for k in ("income", "expenses", "commissions", "general-share"):
                pools["general"][k] += pools[name][k]
            del pools[name]
    order = ["general"] + sorted(n for n in pools if n != "general")
    before = {}
    for n in order:
        p = pools[n]
        before[n] = p["income"] - p["commissions"] + p["general-share"] - p["expenses"] - \
            p["deficit-in"]

    # Rule 5.
    deficits = sum(-b for b in before.values() if b < 0)
    positive = sum(b for b in before.values() if b > 0)
    after = dict(before)
    loss = 0
    if deficits > 0 and positive >= deficits:
        charges = largest_remainder(deficits, {n: Fraction(max(before[n], 0)) for n in order},
                                    order.index)
        after = {n: 0 if before[n] < 0 else before[n] - charges[n] for n in order}
    elif deficits > positive:
        after = {n: 0 for n in order}
        loss = deficits - positive
    # Rule 6.
    covered = min(loss, r_in)
    d_out = loss - covered

    reserves = 0
    for n in order:
        p = pools[n]
        p["deficit-shared"] = before[n] - after[n]
        p["balance"] = after[n]
        sharers = {h: m["points"] for h, m in members.items() if m["contributions"] > 0} \
            if n == "general" else project_points[n]
        p["points"] = sum(sharers.values(), Fraction(0))
        # Rule 7.
        p["reserve"] = p["distributable"] = 0
        if after[n] > 0:
            p["reserve"] = after[n] if p["points"] == 0 else half_even(after[n] * policy["reserve"])
            p["distributable"] = after[n] - p["reserve"]
        reserves += p["reserve"]
        # Rule 8.
        if p["distributable"] > 0:
            for h, share in largest_remainder(p["distributable"], sharers,
                                              lambda h: h.encode()).items():
                members[h]["shares"] += share

    # Rule 9.
    for h in b_in:
        members.setdefault(h, new_member())
    listed = {}
    for h, m in sorted(members.items()):
        m["earned"] = m["shares"] + m["commission"]
        m["balance-in"] = b_in.get(h, 0)
        b = m["balance-in"] + m["earned"]
        left = ledger.members.get(h, (None, None))[1]
        gone = left is not None and left <= last_day(period)
        m["paid"] = b if b >= policy["minimum"] or gone else 0
        m["balance-out"] = b - m["paid"]
        if m["contributions"] or m["earned"] or m["balance-in"] or m["paid"]:
            listed[h] = m
    # Rule 10.
    r_out = r_in - covered + reserves
    earned = sum(m["earned"] for m in listed.values())
    paid = sum(m["paid"] for m in listed.values())
    totals = dict(income=income, expenses=expenses,
                  commissions=sum(pools[n]["commissions"] for n in order), reserve=reserves,
                  earned=earned, paid=paid, loss=loss, covered=covered)
    out_balances = {h: m["balance-out"] for h, m in listed.items() if m["balance-out"]}
    return dict(pools=[(n, pools[n]) for n in order], members=list(listed.items()),
                totals=totals,
                carried_in=dict(reserve=r_in, deficit=d_in, balances=sum(b_in.values())),
                carried_out=dict(reserve=r_out, deficit=d_out,
                                 balances=sum(out_balances.values())),
                next=(r_out, d_out, out_balances))


def statement_policy(ledger, st):
    p = st["policy"]
    dist = p.get("distribution") or {"reserve": p["reserve"],
                                      "connector-share": p["connector-share"]}  # v1
    return ledger.read_policy(p["review"], p["kinds"], dist)


def opening(ledger, period, cache):
    """What `period` starts from: (R_in, D_in, {member: b_in}), and the cash before it."""
    carried, cash = (0, 0, {}), 0
    for step in chain_before(ledger, period):
        st = ledger.statements.get(step)
        if st is not None and "carried-out" in st:
            out = st["carried-out"]
            carried = (ledger.minor(out["reserve"]), ledger.minor(out["deficit"]),
                       {m["member"]: ledger.minor(m["balance-out"]) for m in st["members"]
                        if ledger.minor(m["balance-out"])})
            t = st["totals"]
            cash += ledger.minor(t["income"]) - ledger.minor(t["expenses"]) - ledger.minor(t["paid"])
            continue
        policy = statement_policy(ledger, st) if st is not None else ledger.policy
        if (step, repr(carried)) not in cache:
            cache[(step, repr(carried))] = payout(ledger, step, policy, carried)
        done = cache[(step, repr(carried))]
        t = done["totals"]
        cash += t["income"] - t["expenses"] - t["paid"]
        carried = done["next"]
    return carried, cash


# ---- comparing with coop

def compare(ledger, period, got, cache):
    carried, cash = opening(ledger, period, cache)
    st = ledger.statements.get(period)
    policy = statement_policy(ledger, st) if st is not None else ledger.policy
    want = payout(ledger, period, policy, carried)
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
    for side, key in (("carried_in", "carried-in"), ("carried_out", "carried-out")):
        for k, v in want[side].items():
            check(key, k, v, got[key][k], money)
    got_pools = [p["pool"] for p in got["pools"]]
    if got_pools != [n for n, _ in want["pools"]]:
        problems.append(f"{period} pools: coop {got_pools}, reference {[n for n, _ in want['pools']]}")
    for (name, pool), g in zip(want["pools"], got["pools"]):
        for k in ("income", "expenses", "commissions", "general-share", "deficit-in",
                  "deficit-shared", "balance", "reserve", "distributable"):
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
        for k in ("commission", "earned", "balance-in", "paid", "balance-out"):
            check(h, k, m[k], g[k], money)
    for k, v in want["totals"].items():
        check("totals", k, v, got["totals"][k], money)
    # The last identity of SPEC 3: the cash held after the period.
    t, out = want["totals"], want["carried_out"]
    after = cash + t["income"] - t["expenses"] - t["paid"]
    if after != out["reserve"] + out["balances"] - out["deficit"]:
        problems.append(f"{period} reference: cash {after} is not reserve + balances - deficit")
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
    cache = {}
    for period in periods or periods_of(ledger):
        problems, want = compare(ledger, period, run_coop(coop, root, period), cache)
        t = want["totals"]
        print(f"{'FAIL' if problems else 'ok  '} {period}: {len(want['members'])} members, "
              f"{len(want['pools'])} pools, paid {t['paid']}, loss {t['loss']}, carried out "
              f"{want['carried_out']} (minor units)")
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
    # Passed on to the generator.
    ap.add_argument("--overhead", nargs="?", const="80")
    ap.add_argument("--general-share")
    ap.add_argument("--minimum-payout")
    ap.add_argument("--format-version")
    ap.add_argument("--period")
    ap.add_argument("--leavers")
    a = ap.parse_args()
    if a.generate:
        passed = []
        for opt in ("overhead", "general-share", "minimum-payout", "format-version", "period",
                    "leavers"):
            v = getattr(a, opt.replace("-", "_"))
            if v is not None:
                passed += [f"--{opt}", v]
        with tempfile.TemporaryDirectory(prefix="coop-reference-") as tmp:
            root = os.path.join(tmp, "ledger")
            subprocess.run(["/usr/bin/python3", a.generate, root, "--members", str(a.members),
                            "--months", str(a.months), "--per-month", str(a.per_month),
                            "--reviews", str(a.reviews), "--seed", str(a.seed), *passed],
                           check=True)
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
