#!/bin/sh
# README "Deciding together", step by step: three clones of the example ledger,
# a consent that meets the quorum, an enactment, then an audit with no finding
# and November's reserve at 12% while the closed months keep 10%.
#   readme_deciding_together.sh COOP EXAMPLE
set -eu
coop=$1
example=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # NAME EXPECTED ACTUAL
  [ "$2" = "$3" ] || fail "$1: expected [$2], got [$3]"
}
as() { git config user.name "$1" && git config user.email "$2"; }

cp -r "$example" "$tmp/books" && cd "$tmp/books"
git init -q -b main && as "Alice Martin" alice@example.org
git add . && git commit -qm "The books so far"
git config receive.denyCurrentBranch updateInstead
"$coop" close 2026-09 --commit >/dev/null 2>&1 && "$coop" close 2026-10 --commit >/dev/null 2>&1

git clone -q "$tmp/books" "$tmp/dave" && cd "$tmp/dave" && as "Dave Lindqvist" dave@example.org
"$coop" consent prop-20261124-reserve-12 --commit 2>"$tmp/err"
grep -q "^committed [0-9a-f]* (stances/[0-9]*/[0-9]*/dave.yaml)$" "$tmp/err" || fail "consent: $(cat "$tmp/err")"
expect "result after dave's consent" \
  "  result      passed, not yet enacted: coop enact prop-20261124-reserve-12 --commit" \
  "$("$coop" proposals prop-20261124-reserve-12 | tail -n 1)"
"$coop" proposals prop-20261124-reserve-12 | grep -qx \
  "  quorum      3 consents >= 3 needed (50% of 6 voters, rounded up, at least 1): met" \
  || fail "quorum line"
git push -q origin main

git clone -q "$tmp/books" "$tmp/erin" && cd "$tmp/erin" && as "Erin Kowalski" erin@example.org
"$coop" enact prop-20261124-reserve-12 --commit >/dev/null 2>"$tmp/err"
grep -q "^committed [0-9a-f]* (coop.yaml)$" "$tmp/err" || fail "enact: $(cat "$tmp/err")"
expect "trailer" "Coop-Proposal: prop-20261124-reserve-12" "$(git log -1 --format=%B | grep "^Coop-Proposal:")"
expect "the diff" "-  reserve: 10%            # the co-op keeps this share of each pool with a positive balance
+  reserve: 12%            # the co-op keeps this share of each pool with a positive balance" \
  "$(git diff HEAD~1 -U0 -- coop.yaml | tail -n 2)"
git push -q origin main

cd "$tmp/books"
expect "audit" "audit: 5 commits (0 merges), 0 signatures checked: 0 findings, 0 edits and removals" \
  "$("$coop" audit | tail -n 1)"
expect "November" "carried out: reserve 718.06, deficit 0.00, balances 0.00" \
  "$("$coop" payout --period 2026-11 | tail -n 1)"
expect "October, closed at 10%" "carried out: reserve 76.30, deficit 0.00, balances 73.02" \
  "$("$coop" payout --period 2026-10 | tail -n 1)"
expect "open proposals" "coop: no open proposals" "$("$coop" proposals --open 2>&1)"
echo ok
