#!/bin/sh
# What the golden cases of tests/cli/usage/ cannot pin: coop help is the
# command's --help, required options are marked, the formats are listed.
set -u
coop=$1
fail() { echo "FAIL: $*"; exit 1; }
[ "$("$coop" help log)" = "$("$coop" log --help)" ] || fail "coop help log is not coop log --help"
[ "$("$coop" help member add)" = "$("$coop" member add --help)" ] ||
  fail "coop help member add is not coop member add --help"
[ "$("$coop" help)" = "$("$coop" --help)" ] || fail "coop help is not coop --help"
"$coop" revenue add --help | grep -q -- '--party NAME REQUIRED' || fail "--party not marked REQUIRED"
"$coop" member add --help | grep -q -- '^Usage: coop member add ' || fail "usage line without 'coop member'"
"$coop" payout --help | grep -qx 'Formats (--format): table, csv, json, markdown or yaml (default table).' ||
  fail "coop payout --help does not list its formats"
"$coop" --help >/dev/null || fail "--help exits non-zero"
[ "$("$coop" --version)" = "coop $("$coop" --version | cut -d' ' -f2)" ] || fail "--version"
echo "usage errors: ok"
