#!/bin/sh
# README "Paying members", step by step: the example ledger in a git repository
# of its own, the payees file outside it, September and October paid and
# recorded, then November closed, written as a SEPA file that xmllint accepts,
# refused to Bob and to a second record, recorded, and exported to hledger with
# the bank equal to coop's cash. Every line the README shows is asserted here.
#   readme_paying_members.sh COOP EXAMPLE XSD README
set -eu
coop=$1
example=$2
xsd=$3
readme=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# HOME is Alice's: the payees file is $HOME/.config/coop/payees.yaml, the
# default when XDG_CONFIG_HOME is not set.
export HOME="$tmp/alice" GIT_CONFIG_NOSYSTEM=1
unset XDG_CONFIG_HOME
mkdir -p "$HOME"
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # NAME EXPECTED ACTUAL
  [ "$2" = "$3" ] || fail "$1: expected [$2], got [$3]"
}
expect_match() { # NAME PATTERN ACTUAL (grep -E, whole text, one line)
  printf '%s\n' "$3" | grep -Eqx "$2" || fail "$1: expected /$2/, got [$3]"
}
as() { git config user.name "$1" && git config user.email "$2"; }
# The README closes November after its review window (until 2026-12-07); run
# before that day, closing needs --force, which changes none of its figures.
force=
[ "$(date -u +%Y-%m-%d)" \< 2026-12-08 ] && force=--force

mkdir -p "$HOME/.config/coop" "$HOME/bank"
payees=$HOME/.config/coop/payees.yaml
cat >"$payees" <<'EOF'
# The members' bank accounts, for coop pay. Not in the ledger, never in git.
payees:
  alice: {name: Alice Martin, iban: FR14 2004 1010 0505 0001 3M02 606}
  bob:   {name: Bob Okafor, iban: NL91 ABNA 0417 1643 00, bic: ABNANL2A}
  carol: {name: Carol Nguyen, iban: BE68 5390 0754 7034}
  dave:  {name: Dave Lindqvist, iban: FI21 1234 5600 0007 85}
  erin:                                   # a joint account, named as the bank knows it
    name: Erin Kowalski & Zoë Sørensen
    iban: AT61 1904 3002 3457 3201
  frank: {name: Frank Moreau, iban: PT50 0002 0123 1234 5678 9015 4}
  grace: {name: Grace Adeyemi, iban: IT60 X054 2811 1010 0000 0123 456}
EOF

# The payees file is the README's, byte for byte.
awk '/^## Paying members$/ { in_section = 1 }
     in_section && /^```yaml$/ { in_block = 1; next }
     in_block && /^```$/ { exit }
     in_block' "$readme" >"$tmp/readme-payees.yaml"
cmp -s "$payees" "$tmp/readme-payees.yaml" \
  || fail "the README's payees file: $(diff "$tmp/readme-payees.yaml" "$payees")"

cp -r "$example" "$tmp/books" && cd "$tmp/books"
git init -q -b main && as "Alice Martin" alice@example.org
git add . && git commit -qm "The books so far"
git config receive.denyCurrentBranch updateInstead
"$coop" close 2026-09 --commit >/dev/null 2>&1 || fail "close 2026-09"
expect "pay 2026-09" \
  "$HOME/bank/2026-09.xml: 4 payments of 2026-09, 1251.37 EUR in all" \
  "$("$coop" pay 2026-09 -o ~/bank/2026-09.xml --date 2026-10-09 --commit | head -n 1)"
"$coop" close 2026-10 --commit >/dev/null 2>&1 || fail "close 2026-10"
expect "pay 2026-10" \
  "$HOME/bank/2026-10.xml: 1 payment of 2026-10, 7.31 EUR in all" \
  "$("$coop" pay 2026-10 -o ~/bank/2026-10.xml --date 2026-11-09 --commit | head -n 1)"

# November: closed, then the bank file.
out=$("$coop" close 2026-11 --commit $force 2>/dev/null) || fail "close 2026-11"
expect_match "close: statement" \
  "payouts/2026-11.yaml: the statement of 2026-11, computed from [0-9a-f]{7,}" \
  "$(printf '%s\n' "$out" | sed -n 1p)"
expect_match "close: commit and tag" "committed [0-9a-f]{7,} and tagged it coop/2026-11" \
  "$(printf '%s\n' "$out" | sed -n 2p)"
expect "close: two lines" 2 "$(printf '%s\n' "$out" | wc -l | tr -d ' ')"

expect "pay 2026-11" "$HOME/bank/2026-11.xml: 6 payments of 2026-11, 5138.22 EUR in all" \
  "$("$coop" pay 2026-11 -o ~/bank/2026-11.xml --date 2026-12-09 2>&1)"
xmllint --noout --schema "$xsd" "$HOME/bank/2026-11.xml" 2>"$tmp/err" \
  || fail "xmllint: $(cat "$tmp/err")"
grep -q "^          <Nm>Erin Kowalski + Zoe Sorensen</Nm>$" "$HOME/bank/2026-11.xml" \
  || fail "erin's name in the SEPA character set"
grep -q "^          <EndToEndId>2026-11-erin</EndToEndId>$" "$HOME/bank/2026-11.xml" \
  || fail "erin's EndToEndId"
expect "nothing recorded by the bank file alone" "" "$(git status --porcelain)"

# Before the record, the books still owe each paid member November's pay.
expect "liabilities before the record" \
"         -850.99 EUR  Liabilities:Members:Alice
         -341.51 EUR  Liabilities:Members:Bob
         -967.63 EUR  Liabilities:Members:Carol
         -838.65 EUR  Liabilities:Members:Dave
         -388.04 EUR  Liabilities:Members:Erin
        -1751.40 EUR  Liabilities:Members:Grace
--------------------
        -5138.22 EUR  " \
  "$("$coop" export --format hledger | hledger -f - bal Liabilities)"

# Every payee is checked before anything is written.
cp "$payees" "$tmp/payees.good"
sed -e 's/NL91 ABNA 0417 1643 00/NL91 ABNA 0417 1643 01/' -e '/grace/d' "$tmp/payees.good" >"$payees"
rm "$HOME/bank/2026-11.xml"
status=0
"$coop" pay 2026-11 -o ~/bank/2026-11.xml --date 2026-12-09 >"$tmp/out" 2>&1 || status=$?
expect "bad payees: status" 1 "$status"
expect "bad payees: the diagnostics" \
"$payees:2:1: error: no payee 'grace', who is paid 1751.40 EUR in 2026-11; add grace: {name: ..., iban: ..., bic: ...} under 'payees'
    2 | payees:
      | ^
$payees:4:35: error: bob's IBAN 'NL91 ABNA 0417 1643 01' fails the IBAN check (mod 97): a digit is wrong or two are swapped
    4 |   bob:   {name: Bob Okafor, iban: NL91 ABNA 0417 1643 01, bic: ABNANL2A}
      |                                   ^
coop: error: no bank file written: 2 errors" "$(cat "$tmp/out")"
[ ! -e "$HOME/bank/2026-11.xml" ] || fail "bad payees: a bank file was written"
cp "$tmp/payees.good" "$payees"

# Bob, in his own clone and with no payees file, is no treasurer.
git clone -q "$tmp/books" "$tmp/bob" && cd "$tmp/bob" && as "Bob Okafor" bob@example.org
status=0
HOME="$tmp/bobhome" "$coop" pay 2026-11 --commit >"$tmp/out" 2>&1 || status=$?
expect "bob: status" 1 "$status"
expect "bob: refused" "coop: error: only treasurers record payments: you commit as bob@example.org (bob), who has no role treasurer in members/bob.yaml" \
  "$(cat "$tmp/out")"
expect "bob: nothing written" "" "$(git status --porcelain)"

# Alice records the payments once the bank has taken the file.
cd "$tmp/books"
out=$("$coop" pay 2026-11 -o ~/bank/2026-11.xml --date 2026-12-09 --commit 2>&1)
expect "record: the bank file" "$HOME/bank/2026-11.xml: 6 payments of 2026-11, 5138.22 EUR in all" \
  "$(printf '%s\n' "$out" | sed -n 1p)"
expect_match "record: the commit" "recorded payments/2026-11.yaml and committed it as [0-9a-f]{7,}" \
  "$(printf '%s\n' "$out" | sed -n 2p)"
expect "record: the message" "Record the payments of 2026-11: 6 payments, 5138.22 EUR" \
  "$(git log -1 --format=%s)"
expect "record: the file alone" "payments/2026-11.yaml" "$(git show --format= --name-only HEAD)"
blob=$(git rev-parse HEAD:payouts/2026-11.yaml)
expect "the record" \
"# yaml-language-server: \$schema=../schema/payments.schema.json
# The payments of 2026-11, as coop pay recorded and committed them: written once, by a
# treasurer, equal to the statement's paid amounts. No bank details, ever.
period: \"2026-11\"
currency: EUR
statement: \"$blob\"
payments:
  - handle: alice
    amount: \"850.99\"
    reference: \"2026-11-alice\"
    date: 2026-12-09
  - handle: bob
    amount: \"341.51\"
    reference: \"2026-11-bob\"
    date: 2026-12-09
  - handle: carol
    amount: \"967.63\"
    reference: \"2026-11-carol\"
    date: 2026-12-09
  - handle: dave
    amount: \"838.65\"
    reference: \"2026-11-dave\"
    date: 2026-12-09
  - handle: erin
    amount: \"388.04\"
    reference: \"2026-11-erin\"
    date: 2026-12-09
  - handle: grace
    amount: \"1751.40\"
    reference: \"2026-11-grace\"
    date: 2026-12-09" "$(cat payments/2026-11.yaml)"
expect "no bank details in the ledger" "" "$(git grep -l -e 'FR14' -e 'NL91' -e 'AT61' HEAD || true)"

status=0
"$coop" pay 2026-11 -o ~/bank/2026-11.xml --date 2026-12-09 --commit >"$tmp/out" 2>&1 || status=$?
expect "twice: status" 1 "$status"
expect "twice: refused" "coop: error: payments of 2026-11 are already recorded in payments/2026-11.yaml" \
  "$(cat "$tmp/out")"

# A payees file or a bank file inside the ledger is refused.
cp "$payees" payees.yaml
status=0
"$coop" pay 2026-11 --payees payees.yaml >"$tmp/out" 2>&1 || status=$?
expect "payees file inside: status" 2 "$status"
grep -q "^coop: error: the payees file '.*/payees.yaml' is inside the ledger" "$tmp/out" \
  || fail "payees file inside: $(cat "$tmp/out")"
rm payees.yaml
status=0
"$coop" pay 2026-11 -o bank.xml --date 2026-12-09 >"$tmp/out" 2>&1 || status=$?
expect "bank file inside: status" 2 "$status"
grep -q "^coop: error: the bank file '.*/bank.xml' is inside the ledger" "$tmp/out" \
  || fail "bank file inside: $(cat "$tmp/out")"
[ ! -e bank.xml ] || fail "a bank file inside the ledger was written"

expect "csv" "handle,name,iban,amount,currency,reference
alice,Alice Martin,FR1420041010050500013M02606,850.99,EUR,Starfish Cooperative payout 2026-11
bob,Bob Okafor,NL91ABNA0417164300,341.51,EUR,Starfish Cooperative payout 2026-11" \
  "$("$coop" pay 2026-11 --format csv | head -n 3)"

expect "validate" "ok: 64 files, 7 members, 68 contributions, 147 reviews, 14 revenue entries (0 errors, 0 warnings)" \
  "$("$coop" validate)"
expect "audit" "audit: 7 commits (0 merges), 0 signatures checked: 0 findings, 0 edits and removals" \
  "$("$coop" audit | tail -n 1)"

# After the payments, the bank holds coop's cash and no member is owed anything.
expect "hledger bal" \
"          611.10 EUR  Assets:Bank
         -611.10 EUR  Equity:Reserve
          357.00 EUR  Expenses:Commissions
          -15.00 EUR  Income:General
          -12.00 EUR  Income:Hosting
         -150.00 EUR  Income:Mobile
         -180.00 EUR  Income:Website
--------------------
                   0  " \
  "$("$coop" export --format hledger | hledger -f - bal)"
expect "cash" "cash after 2026-11: income - expenses - paid so far = reserve 611.10 + balances 0.00 = 611.10
carried out: reserve 611.10, deficit 0.00, balances 0.00" \
  "$("$coop" payout --period 2026-11 | tail -n 2)"
echo ok
