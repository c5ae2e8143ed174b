#!/bin/sh
# The benchmark's history (tests/bench/gen_history.py) at a small scale: it must
# stay a history coop audit finds nothing in, with proposals that passed, were
# enacted and stayed open, or the benchmark would time the reporting of findings.
#   bench_history.sh COOP GEN_HISTORY
set -eu
coop=$1
gen=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$gen" "$coop" "$dir/h" --commits 1500 --proposals 10
out=$("$coop" -C "$dir/h" audit)
echo "$out" | tail -n 1
echo "$out" | tail -n 1 | grep -q ': 0 findings, 0 edits and removals$' || {
  echo "FAIL: the generated history has findings" >&2; echo "$out" >&2; exit 1; }
statuses=$(cd "$dir/h" && "$coop" proposals --format json | python3 -c '
import collections, json, sys
c = collections.Counter(r["status"] for r in json.load(sys.stdin))
print(" ".join(f"{k}={c[k]}" for k in ("enacted", "passed", "open")))')
echo "$statuses"
[ "$statuses" = "enacted=2 passed=7 open=1" ] || {
  echo "FAIL: expected enacted=2 passed=7 open=1" >&2; exit 1; }
