#!/bin/sh
# coop init makes a ledger that coop validate accepts, inside a new git
# repository, with a schema modeline and the schemas beside it; it refuses to
# run twice and leaves the first ledger as it was.
set -eu
coop=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
. "$(dirname "$0")/git_home.sh" # coop init commits

"$coop" init "$tmp/books" --name "Test Co-op" --currency JPY >/dev/null
[ -d "$tmp/books/.git" ] || fail "no git repository"
[ "$(git -C "$tmp/books" symbolic-ref HEAD)" = refs/heads/main ] || fail "HEAD is not main"
head -1 "$tmp/books/coop.yaml" | grep -qx '# yaml-language-server: $schema=schema/coop.schema.json' ||
  fail "coop.yaml has no schema modeline"
for s in coop member contribution review revenue; do
  [ -s "$tmp/books/schema/$s.schema.json" ] || fail "schema/$s.schema.json missing"
done
for d in members contributions reviews revenue payouts; do
  [ -d "$tmp/books/$d" ] || fail "folder $d missing"
done
grep -q '^currency: JPY' "$tmp/books/coop.yaml" || fail "currency not written"
grep -q '^name: "Test Co-op"' "$tmp/books/coop.yaml" || fail "name not written"
"$coop" -C "$tmp/books" validate >/dev/null || fail "a new ledger does not validate"

# The schemas coop writes validate the coop.yaml it writes.
/usr/bin/python3 - "$tmp/books" <<'PY' || fail "coop.yaml does not match its schema"
import json, sys, yaml, jsonschema
root = sys.argv[1]
doc = yaml.safe_load(open(f"{root}/coop.yaml"))
jsonschema.Draft202012Validator(json.load(open(f"{root}/schema/coop.schema.json"))).validate(doc)
PY

before=$(cd "$tmp/books" && find . -path ./.git -prune -o -type f -print | sort | xargs sha256sum)
status=0
"$coop" init "$tmp/books" 2>"$tmp/err" || status=$?
[ $status -eq 2 ] || fail "second init exited $status, expected 2"
grep -q "already holds a coop ledger" "$tmp/err" || fail "unclear refusal: $(cat "$tmp/err")"
after=$(cd "$tmp/books" && find . -path ./.git -prune -o -type f -print | sort | xargs sha256sum)
[ "$before" = "$after" ] || fail "a refused init changed files"

status=0
"$coop" init "$tmp/other" --currency XYZ 2>"$tmp/err" || status=$?
[ $status -eq 2 ] || fail "bad currency exited $status"
[ ! -e "$tmp/other" ] || fail "a refused init created files"
echo "init: ok"
