#!/bin/sh
# coop validate accepts a ledger made by tools/gen-ledger.py (50 members, 12 months).
set -eu
coop=$1
gen=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$gen" "$tmp/ledger" --members 50 --months 12 --seed 7
out=$("$coop" -C "$tmp/ledger" --color never validate 2>&1)
echo "$out"
case "$out" in
  ok:*"12000 contributions, 24000 reviews"*"(0 errors, 0 warnings)"*) exit 0 ;;
  *) echo "expected a clean ledger of 12000 contributions and 24000 reviews"; exit 1 ;;
esac
