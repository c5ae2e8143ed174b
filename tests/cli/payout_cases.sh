#!/bin/sh
# coop payout and coop tally through the real binary, one case per CTest test:
#   payout_cases.sh COOP STARFISH_LEDGER GEN_LEDGER_PY CASE
# The starfish numbers below are pinned by the golden files in golden/ and
# were checked against payout_reference.py.
set -eu
coop=$1
starfish=$2
gen=$3
case_name=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
unset COOP_MEMBER COOP_THREADS 2>/dev/null || true
fail() { echo "FAIL $case_name: $*"; exit 1; }

# run ARGS...: sets $status, $out (stdout) and $err (stderr)
run() {
  status=0
  "$coop" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  out=$(cat "$tmp/out")
  err=$(cat "$tmp/err")
}
expect_status() { [ "$status" -eq "$1" ] || fail "exit status $status, expected $1; stderr: $err"; }
expect_err_line() {
  printf '%s\n' "$err" | grep -qxF -- "$1" || fail "stderr lacks the line: $1
stderr was:
$err"
}

# A copy of the starfish ledger with its November statement in payouts/.
ledger_with_statement() {
  cp -R "$starfish" "$tmp/ledger"
  mkdir -p "$tmp/ledger/payouts"
  # Not straight into payouts/: the reader would see the empty file the shell creates first.
  "$coop" -C "$tmp/ledger" payout --period 2026-11 --format yaml >"$tmp/statement.yaml"
  mv "$tmp/statement.yaml" "$tmp/ledger/payouts/2026-11.yaml"
}

# A copy of the starfish ledger and its November statement in check/, a folder
# coop does not read: a statement in payouts/ is part of the ledger, and
# coop validate already refuses one that no longer matches.
ledger_and_statement_to_check() {
  cp -R "$starfish" "$tmp/ledger"
  mkdir -p "$tmp/ledger/check"
  "$coop" -C "$tmp/ledger" payout --period 2026-11 --format yaml >"$tmp/ledger/check/2026-11.yaml"
}

case $case_name in
check-accepts-own-statement)
  ledger_with_statement
  run -C "$tmp/ledger" payout --check payouts/2026-11.yaml
  expect_status 0
  [ "$out" = "payouts/2026-11.yaml: matches the ledger" ] || fail "stdout: $out"
  [ -z "$err" ] || fail "stderr: $err"
  # From another directory, the path is taken relative to -C DIR, as git does.
  (cd "$tmp" && "$coop" -C ledger payout --check payouts/2026-11.yaml >/dev/null) ||
    fail "relative to -C DIR"
  # coop validate does not mind a statement in payouts/.
  run -C "$tmp/ledger" validate
  expect_status 0
  # The statement fits schema/payout.schema.json.
  /usr/bin/python3 - "$tmp/ledger/payouts/2026-11.yaml" "$starfish/../../schema/payout.schema.json" <<'PY' ||
import json, sys, yaml, jsonschema
doc = yaml.safe_load(open(sys.argv[1]))
jsonschema.Draft202012Validator(json.load(open(sys.argv[2]))).validate(doc)
PY
    fail "the statement does not fit schema/payout.schema.json"
  ;;
check-rejects-edited-statement)
  ledger_and_statement_to_check
  run -C "$tmp/ledger" payout --check check/2026-11.yaml
  expect_status 0
  [ "$out" = "check/2026-11.yaml: matches the ledger" ] || fail "stdout: $out"
  sed -i -e '/member: alice/,/balance-out:/ s/paid: "850.99"/paid: "850.98"/' \
    -e 's/^  paid: "5138.22"/  paid: "5138.21"/' "$tmp/ledger/check/2026-11.yaml"
  run -C "$tmp/ledger" payout --check check/2026-11.yaml
  expect_status 1
  [ -z "$out" ] || fail "stdout: $out"
  expected='check/2026-11.yaml:84:11: error: alice paid is 850.98 in the statement, 850.99 recomputed
check/2026-11.yaml:137:9: error: total paid is 5138.21 in the statement, 5138.22 recomputed
coop: error: check/2026-11.yaml does not match the ledger (2 differences)'
  [ "$err" = "$expected" ] || fail "stderr:
$err
expected:
$expected"
  ;;
check-rejects-changed-ledger)
  ledger_and_statement_to_check
  sed -i 's/amount: "900.00"/amount: "950.00"/' "$tmp/ledger/revenue/2026/11/alice.yaml"
  run -C "$tmp/ledger" payout --check check/2026-11.yaml
  expect_status 1
  expect_err_line 'check/2026-11.yaml:33:13: error: pool general income is 900.00 in the statement, 950.00 recomputed'
  expect_err_line 'check/2026-11.yaml:132:11: error: total income is 5940.00 in the statement, 5990.00 recomputed'
  expect_err_line 'coop: error: check/2026-11.yaml does not match the ledger (21 differences)'
  # The same change under a statement in payouts/ is a ledger error (a closed period changed).
  mkdir -p "$tmp/ledger/payouts"
  cp "$tmp/ledger/check/2026-11.yaml" "$tmp/ledger/payouts/2026-11.yaml"
  run -C "$tmp/ledger" payout --check payouts/2026-11.yaml
  expect_status 1
  ;;
check-rejects-malformed-statement)
  ledger_and_statement_to_check
  sed -i '/member: alice/,/balance-out:/ s/paid: "850.99"/paid: 850.99/' "$tmp/ledger/check/2026-11.yaml"
  run -C "$tmp/ledger" payout --check check/2026-11.yaml
  expect_status 1
  expect_err_line "check/2026-11.yaml:84:11: error: 'paid' must be an amount in quotes with exactly 2 decimals, like \"123.45\", not 850.99"
  expect_err_line "coop: error: 'check/2026-11.yaml' is not a payout statement (1 error)"
  run -C "$tmp/ledger" payout --check check/2026-12.yaml
  expect_status 3
  expect_err_line "coop: error: cannot read 'check/2026-12.yaml': No such file or directory"
  ;;
check-quiet)
  ledger_with_statement
  run -C "$tmp/ledger" -q payout --check payouts/2026-11.yaml
  expect_status 0
  [ -z "$out$err" ] || fail "-q printed: $out$err"
  ;;
period-errors)
  for p in 2026-13 2026-Q5 november 2026-1 26-11; do
    for cmd in payout tally; do
      run -C "$starfish" $cmd --period "$p"
      expect_status 2
      expect_err_line "coop: error: '$p' is not a period; write a month like 2026-11 or a quarter like 2026-Q4"
    done
  done
  run -C "$starfish" payout --period 2026-11 --check payouts/2026-11.yaml
  expect_status 2
  run -C "$starfish" tally --by team
  expect_status 2
  run -C "$starfish" tally --format yaml
  expect_status 2
  expect_err_line "coop: error: coop tally writes --format table, csv, json or markdown, not 'yaml'"
  ;;
refuses-invalid-ledger)
  cp -R "$starfish" "$tmp/ledger"
  sed -i '0,/kind: code/ s/kind: code/kind: cod/' "$tmp/ledger/contributions/2026/11/alice.yaml"
  mkdir -p "$tmp/ledger/check"
  "$coop" -C "$starfish" payout --period 2026-11 --format yaml >"$tmp/ledger/check/2026-11.yaml"
  for cmd in payout tally "payout --check check/2026-11.yaml"; do
    run -C "$tmp/ledger" $cmd
    expect_status 1
    [ -z "$out" ] || fail "$cmd printed on stdout: $out"
    printf '%s\n' "$err" | grep -q "^contributions/2026/11/alice.yaml:[0-9]*:[0-9]*: error: unknown kind 'cod'" ||
      fail "$cmd did not show the problem: $err"
    expect_err_line "coop: error: the ledger has 1 error; fix it first (coop validate shows them)"
  done
  ;;
empty-ledger)
  . "$(dirname "$0")/git_home.sh" # coop init commits
  "$coop" init "$tmp/books" >/dev/null
  for cmd in payout tally; do
    run -C "$tmp/books" $cmd
    expect_status 0
    [ -z "$out" ] || fail "$cmd printed on stdout: $out"
    expect_err_line "coop: the ledger has no contributions, reviews or revenue yet, so there is no $cmd to show; log work with 'coop log', or name a period with --period"
  done
  run -C "$tmp/books" payout --period 2026-11 --format json
  expect_status 0
  printf '%s\n' "$out" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["members"] == [] and [p["pool"] for p in d["pools"]] == ["general"], d
assert d["totals"]["paid"] == "0.00", d' || fail "empty period json: $out"
  ;;
threads-deterministic)
  /usr/bin/python3 "$gen" "$tmp/ledger" --members 20 --months 3 --per-month 10 --seed 5
  for p in 2025-01 2025-02 2025-03 2025-Q1; do
    COOP_THREADS=1 "$coop" -C "$tmp/ledger" payout --period $p --format json >"$tmp/one.json"
    COOP_THREADS=4 "$coop" -C "$tmp/ledger" payout --period $p --format json >"$tmp/four.json"
    cmp "$tmp/one.json" "$tmp/four.json" || fail "payout $p differs with 1 and 4 threads"
    COOP_THREADS=1 "$coop" -C "$tmp/ledger" tally --period $p --format json >"$tmp/one.json"
    COOP_THREADS=4 "$coop" -C "$tmp/ledger" tally --period $p --format json >"$tmp/four.json"
    cmp "$tmp/one.json" "$tmp/four.json" || fail "tally $p differs with 1 and 4 threads"
  done
  [ -s "$tmp/one.json" ] || fail "no output"
  # A damaged copy: the places of cross-file problems are found by reading
  # files again, and must not depend on the threads either.
  cp -r "$tmp/ledger" "$tmp/bad"
  /usr/bin/python3 - "$tmp/bad" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1])
for i, f in enumerate(sorted(root.glob("contributions/*/*/*.yaml"))[::7]):
    f.write_text(f.read_text().replace("kind: code", "kind: cod", 1))
for i, f in enumerate(sorted(root.glob("reviews/*/*/*.yaml"))[::5]):
    lines = f.read_text().split("\n")
    first = lines[2:5]  # the first entry: a second review of the same contribution
    text = "\n".join(lines).rstrip("\n") + "\n" + "\n".join(first) + "\n"
    f.write_text(text.replace("contribution: m", "contribution: x", 1 if i % 2 else 0))
PY
  for t in 1 2 4; do
    COOP_THREADS=$t "$coop" -C "$tmp/bad" --color never validate >"$tmp/v$t.out" 2>&1 && fail "damaged ledger validates"
  done
  cmp "$tmp/v1.out" "$tmp/v2.out" || fail "validate differs with 1 and 2 threads"
  cmp "$tmp/v1.out" "$tmp/v4.out" || fail "validate differs with 1 and 4 threads"
  for m in "unknown kind 'cod'" "second review of" "review of unknown contribution"; do
    grep -q "$m" "$tmp/v1.out" || fail "no '$m' in: $(head -5 "$tmp/v1.out")"
  done
  ;;
threads-bad-value)
  for v in abc -1 1000 2x; do
    status=0
    COOP_THREADS=$v "$coop" -C "$starfish" payout >/dev/null 2>"$tmp/err" || status=$?
    err=$(cat "$tmp/err")
    expect_status 2
    expect_err_line "coop: error: COOP_THREADS must be a number of threads from 1 to 256 (0 or unset: one per core), not '$v'"
  done
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok $case_name"
