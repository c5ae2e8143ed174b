#!/usr/bin/env python3
"""coop payout --format csv carries what the JSON carries, block by block:
members, pools, carried in and out, each value equal to the JSON's; and its
three identities hold. Usage: payout_csv_matches_json.py COOP LEDGER PERIOD..."""
import csv
import io
import json
import subprocess
import sys

coop, ledger, periods = sys.argv[1], sys.argv[2], sys.argv[3:]
failures = []


def run(*args):
    return subprocess.run([coop, "-C", ledger, "payout", *args], check=True,
                          capture_output=True, text=True).stdout


def blocks(text):
    """The CSV's blocks, each a list of dicts, split at the empty lines."""
    return [list(csv.DictReader(io.StringIO(b))) for b in text.rstrip("\n").split("\n\n")]


for period in periods:
    data = json.loads(run("--period", period, "--format", "json"))
    members, pools, carried, identities = blocks(run("--period", period, "--format", "csv"))

    def same(what, rows, key, expected):
        if [r[key] for r in rows] != [e[key] for e in expected]:
            failures.append(f"{period} {what}: rows {[r[key] for r in rows]}")
            return
        for row, exp in zip(rows, expected):
            assert row.pop("period") == data["period"], row
            for field, value in row.items():
                want = exp.get(field)
                if want is not None and str(want) != value:
                    failures.append(f"{period} {what} {row[key]} {field}: csv {value}, json {want}")

    same("member", members, "member", data["members"])
    same("pool", pools, "pool", data["pools"])
    same("carried", carried, "carried",
         [dict(data["carried-in"], carried="in"), dict(data["carried-out"], carried="out")])
    if [r["identity"] for r in identities] != ["income-expenses", "balances-out", "cash"]:
        failures.append(f"{period}: identities {identities}")
    for r in identities:
        if r["left"] != r["right"] or r["holds"] != "yes":
            failures.append(f"{period} {r['identity']}: {r['left']} != {r['right']}")
    balances_out = next(r for r in identities if r["identity"] == "balances-out")
    if balances_out["left"] != data["carried-out"]["balances"]:
        failures.append(f"{period}: balances-out {balances_out['left']}, "
                        f"json {data['carried-out']['balances']}")

for f in failures:
    print(f, file=sys.stderr)
print(f"{len(periods)} periods, {len(failures)} differences")
sys.exit(1 if failures else 0)
