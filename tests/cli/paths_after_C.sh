#!/bin/sh
# Paths typed after -C DIR are DIR's, as git reads them: coop export --output
# and coop report --html write under DIR, not where coop was started.
set -u
coop="$1"
starfish="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -R "$starfish" "$tmp/ledger"
mkdir "$tmp/elsewhere"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cd "$tmp/elsewhere" || exit 1
"$coop" -C ../ledger export --output books.journal || fail "export --output exited $?"
[ -s ../ledger/books.journal ] || fail "export --output books.journal is not in the -C directory"
[ -e books.journal ] && fail "export --output wrote books.journal where coop was started"

"$coop" -C ../ledger report --html site 2>err || fail "report --html exited $?"
[ -s ../ledger/site/index.html ] || fail "report --html site is not in the -C directory"
[ -e site ] && fail "report --html wrote site/ where coop was started"
grep -q "wrote .* files to .*/ledger/site (open .*/ledger/site/index.html)" err ||
  fail "report --html does not name the folder it wrote: $(cat err)"

# Without -C, a relative path is the working directory's, as before.
cd ../ledger || exit 1
"$coop" export --output here.journal && [ -s here.journal ] || fail "export --output without -C"
cmp -s here.journal books.journal || fail "the two exports differ"

[ "$failures" -eq 0 ] && echo "all passed" || { echo "$failures failures"; exit 1; }
