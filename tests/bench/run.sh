#!/bin/sh
# Benchmark: coop against ledger-cli, hledger and a bare libyaml parse on the
# same generated books, measured with /usr/bin/time -v in one run.
#
#   tests/bench/run.sh [--scale 1|10] [--runs N] [--only export]
#
# Generates the ledger and its journal with tools/gen-ledger.py
# (1000 members, 12 months, 8 or 80 contributions a member a month) once, in
# $COOP_BENCH_DIR (default /tmp/coop-bench), builds a Release coop in
# build-bench/, and prints one table: wall time and peak memory of each
# command (the best of N runs) and its ratio to `ledger bal`. `--only export`
# measures only the two baselines and the export rows (nothing closed, closed,
# closed and paid), for a busy machine where the whole run takes long.
set -eu
cd "$(dirname "$0")/../.."
scale=1
runs=3
only=""
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: $0 [--scale 1|10] [--runs N] [--only export]" >&2; exit 2 ;;
  esac
done
per_month=$((8 * scale))
gen=tools/gen-ledger.py
data=${COOP_BENCH_DIR:-/tmp/coop-bench}/m1000-p$per_month
if [ ! -f "$data/.done" ]; then
  echo "generating $data ..." >&2
  rm -rf "$data"
  python3 "$gen" "$data/ledger" --members 1000 --months 12 --per-month $per_month \
    --journal "$data/journal.ledger"
  touch "$data/.done"
fi

cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j"$(nproc)" --target coop coop_yaml_bench >/dev/null
coop=build-bench/cmd/coop

# best_of NAME CMD...: the fastest of $runs runs, its wall seconds and peak KB.
results=$(mktemp)
trap 'rm -f "$results" "$results.one"' EXIT
best_of() {
  name=$1; shift
  best_s=""; best_kb=""
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -v -o "$results.one" "$@" >/dev/null 2>&1 || {
      echo "$name: command failed: $*" >&2; return 1; }
    s=$(awk -F': ' '/Elapsed \(wall clock\)/ {
          n = split($2, p, ":"); t = 0; for (j = 1; j <= n; j++) t = t * 60 + p[j]; print t }' "$results.one")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$results.one")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_kb=$kb; fi
    i=$((i + 1))
  done
  echo "$name|$best_s|$best_kb" >> "$results"
}
# all: whether every row is measured, not only the export's.
all() { [ -z "$only" ]; }

# ledger-git: a copy of the ledger committed month by month at each month's
# end, for the rows that read its history and for the closed copies.
git_copy() {
  if [ ! -f "$data/.git-done" ]; then
    echo "committing $data/ledger-git month by month ..." >&2
    rm -rf "$data/ledger-git"
    cp -r "$data/ledger" "$data/ledger-git"
    (
      cd "$data/ledger-git"
      export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=m0000@example.org
      export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=m0000@example.org
      git init -q -b main
      git add coop.yaml members
      GIT_AUTHOR_DATE=2024-12-31T12:00Z GIT_COMMITTER_DATE=2024-12-31T12:00Z \
        git commit -q -m "the co-op"
      for month in 01 02 03 04 05 06 07 08 09 10 11 12; do
        for p in contributions/2025/$month reviews/2025/$month revenue/2025/$month.yaml \
                 revenue/2025/$month; do
          if [ -e "$p" ]; then git add "$p"; fi
        done
        last=$(date -d "2025-$month-01 +1 month -1 day" +%d)
        GIT_AUTHOR_DATE=2025-$month-${last}T12:00Z GIT_COMMITTER_DATE=2025-$month-${last}T12:00Z \
          git commit -q -m "2025-$month"
      done
    )
    touch "$data/.git-done"
  fi
}

best_of "ledger bal" ledger -f "$data/journal.ledger" bal
# hledger needs about 3 GB per 100,000 entries: at 10x it would not fit in
# this machine's 24 GiB, so it runs at 1x only.
if all && command -v hledger >/dev/null && [ "$scale" = 1 ]; then
  best_of "hledger bal" hledger -f "$data/journal.ledger" bal
fi
best_of "libyaml parse (1 thread)" build-bench/tests/coop_yaml_bench libyaml "$data/ledger"
if all; then best_of "coop validate" "$coop" -C "$data/ledger" validate; fi
if all && "$coop" payout --help >/dev/null 2>&1; then
  # Every period starts from the one before (SPEC 3): 2025-06 computes the
  # chain of six months, 2025-12 the whole year's.
  best_of "coop payout --period 2025-06" "$coop" -C "$data/ledger" payout --period 2025-06
  best_of "coop payout --period 2025-12" "$coop" -C "$data/ledger" payout --period 2025-12
fi
# coop monitor on the same ledger: without git (backdating is skipped), and on
# a copy committed month by month at each month's end (backdating walks the
# 13 commits and reads the files of the period and the reviews after it).
if all && "$coop" monitor --help >/dev/null 2>&1; then
  best_of "coop monitor --period 2025-06" "$coop" -C "$data/ledger" monitor --period 2025-06
  git_copy
  best_of "coop monitor --period 2025-06 (git)" "$coop" -C "$data/ledger-git" monitor \
    --period 2025-06
fi
# coop report --html: the transparency page of the twelve months (index, a page
# per period and per member); its size is printed under the table.
site=${COOP_BENCH_DIR:-/tmp/coop-bench}/site-p$per_month
if all && "$coop" report --help >/dev/null 2>&1; then
  best_of "coop report --html" "$coop" -C "$data/ledger" -q report --html "$site"
  best_of "coop report --format json" "$coop" -C "$data/ledger" report --format json
fi
# coop export --format ledger of the same ledger (its revenue entries: nothing
# is closed there), and ledger bal reading what it wrote.
if "$coop" export --help >/dev/null 2>&1; then
  books=${COOP_BENCH_DIR:-/tmp/coop-bench}/export-p$per_month.ledger
  best_of "coop export --format ledger" "$coop" -C "$data/ledger" export --format ledger \
    --output "$books"
  best_of "ledger bal (of coop export)" ledger -f "$books" bal
  # The same ledger with its twelve months closed (a copy of ledger-git closed
  # month by month with coop close --commit): each distribution credits the
  # 1000 members.
  git_copy
  if [ ! -f "$data/.closed-done" ]; then
    echo "closing the twelve months of $data/ledger-closed ..." >&2
    rm -rf "$data/ledger-closed" "$data/.paid-done"
    cp -r "$data/ledger-git" "$data/ledger-closed"
    git -C "$data/ledger-closed" config user.email m0000@example.org
    git -C "$data/ledger-closed" config user.name bench
    for month in 01 02 03 04 05 06 07 08 09 10 11 12; do
      "$coop" -C "$data/ledger-closed" -q close "2025-$month" --commit --force
    done
    touch "$data/.closed-done"
  fi
  closed_books=${COOP_BENCH_DIR:-/tmp/coop-bench}/export-closed-p$per_month.ledger
  best_of "coop export --format ledger (closed)" "$coop" -C "$data/ledger-closed" export \
    --format ledger --output "$closed_books"
  best_of "ledger bal (of the closed export)" ledger -f "$closed_books" bal
  # And a copy of that with each month's payments recorded (coop pay --commit
  # by m0000, a treasurer in the generated ledger), paid on the 10th of the
  # month after: the export then posts 12 x 1000 payments to Assets:Bank. The
  # payees file and the bank files stay outside the ledger, as coop pay
  # requires.
  if "$coop" pay --help >/dev/null 2>&1; then
    payees=${COOP_BENCH_DIR:-/tmp/coop-bench}/payees-m1000.yaml
    bank=${COOP_BENCH_DIR:-/tmp/coop-bench}/bank-p$per_month
    if [ ! -f "$payees" ]; then
      # German IBANs of 18 made-up digits, with their mod 97 check digits
      # (ISO 13616: the BBAN, then DE00 as digits, D=13 E=14).
      python3 - "$data/ledger/members" "$payees" <<'PY'
import os, sys
members, out = sys.argv[1], sys.argv[2]
lines = ["# Made-up bank accounts for the benchmark's members, for coop pay.\npayees:\n"]
for i, f in enumerate(sorted(os.listdir(members))):
    handle = f[: -len(".yaml")]
    bban = f"{37040044 + i:08d}{i * 7919 % 10**10:010d}"
    check = 98 - int(bban + "131400") % 97
    lines.append(f"  {handle}: {{name: Member {i}, iban: DE{check:02d}{bban}}}\n")
with open(out + ".tmp", "w") as w:
    w.writelines(lines)
os.replace(out + ".tmp", out)
PY
    fi
    if [ ! -f "$data/.paid-done" ]; then
      echo "recording the payments of the twelve months of $data/ledger-paid ..." >&2
      rm -rf "$data/ledger-paid" "$bank"
      mkdir -p "$bank"
      cp -r "$data/ledger-closed" "$data/ledger-paid"
      for month in 01 02 03 04 05 06 07 08 09 10 11 12; do
        day=$(date -d "2025-$month-01 +1 month" +%Y-%m-10)
        "$coop" -C "$data/ledger-paid" -q pay "2025-$month" --format csv --payees "$payees" \
          --date "$day" -o "$bank/2025-$month.csv" --commit
      done
      touch "$data/.paid-done"
    fi
    paid_books=${COOP_BENCH_DIR:-/tmp/coop-bench}/export-paid-p$per_month.ledger
    best_of "coop export --format ledger (paid)" "$coop" -C "$data/ledger-paid" export \
      --format ledger --output "$paid_books"
    best_of "ledger bal (of the paid export)" ledger -f "$paid_books" bal
    # The generated coop.yaml has no payer:, which SEPA needs: the bank file
    # measured is the CSV one, of the last month (1000 payments).
    best_of "coop pay 2025-12 --format csv" "$coop" -C "$data/ledger-paid" pay 2025-12 \
      --format csv --payees "$payees" --date 2026-01-10 -o "$bank/again-2025-12.csv"
    # What ledger says is in the bank must be coop's cash after the last month.
    bank_balance=$(ledger -f "$paid_books" bal --flat --no-total '^Assets:Bank$' |
      awk '{gsub(/,/, "", $1); print $1; exit}')
    cash=$("$coop" -C "$data/ledger-paid" payout --period 2025-12 --format csv |
      awk -F, '$2 == "cash" {print $3}')
    paid_check="ledger Assets:Bank $bank_balance EUR, coop cash after 2025-12 $cash EUR"
    if [ -z "$cash" ] || [ "$bank_balance" != "$cash" ]; then
      echo "$paid_check: they differ" >&2
      exit 1
    fi
  fi
fi
# coop audit over a history of 10,000 commits (tests/bench/gen_history.py): one-entry
# commits, 100 proposals with 30 stances each and 20 enactments, next to git log --raw
# on the same repository.
history=${COOP_BENCH_DIR:-/tmp/coop-bench}/history-10000-p100
if all; then
  if [ ! -f "$history/.done" ]; then
    echo "generating $history ..." >&2
    rm -rf "$history"
    python3 tests/bench/gen_history.py "$coop" "$history" --commits 10000 --proposals 100
    touch "$history/.done"
  fi
  best_of "git log --raw (10,000 commits)" git -C "$history" log --raw
  best_of "coop audit (10,000 commits)" "$coop" -C "$history" audit
fi

size_kb=$(du -sk --apparent-size "$data/ledger" | cut -f1)
files=$(find "$data/ledger" -name '*.yaml' | wc -l)
echo "ledger: $data/ledger ($files files, $size_kb KB of YAML), best of $runs runs, $(nproc) cores"
if [ -f "$site/index.html" ]; then
  echo "page: index.html $(du -k --apparent-size "$site/index.html" | cut -f1) KB;" \
    "$(find "$site" -name '*.html' | wc -l) pages, $(du -sk --apparent-size "$site" | cut -f1) KB in all"
fi
# Each export's size and transactions (a transaction's first line starts with its date).
for f in ${books:-} ${closed_books:-} ${paid_books:-}; do
  if [ -f "$f" ]; then
    echo "export: $(basename "$f") $(du -k --apparent-size "$f" | cut -f1) KB," \
      "$(grep -c '^[0-9]' "$f") transactions"
  fi
done
if [ -n "${paid_check:-}" ]; then echo "paid: $paid_check"; fi
ledger_s=$(awk -F'|' '$1 == "ledger bal" {print $2}' "$results")
yaml_s=$(awk -F'|' '$1 ~ /^libyaml parse/ {print $2}' "$results")
# The targets (issue 6): coop validate and payout at most 1/3 of ledger's
# time, at most 2x the bare parse, and peak memory at most the YAML's size.
awk -F'|' -v base="$ledger_s" -v parse="$yaml_s" -v size="$size_kb" '
  BEGIN { printf "%-38s %8s %9s %10s %10s %12s\n", "command", "wall s", "peak MB",
                 "vs ledger", "vs parse", "peak / YAML" }
  { ratio = $1 ~ /commits/ ? "-" : sprintf("%.2fx", $3 / size) # audit reads another repository
    printf "%-38s %8.2f %9.1f %9.2fx %9.2fx %12s\n", $1, $2, $3 / 1024, $2 / base, $2 / parse,
           ratio }' "$results"
