#!/bin/sh
# The glocal network of SPEC 8, end to end: the global ledger and its two
# circles of this folder become git repositories in a temporary folder; the
# circles close September and October 2026; the global network adds them by
# proposal, fetches their tags, verifies their statements, books their
# upstream and closes its own months.
#
#   examples/network/run.sh [COOP]     (COOP: the coop binary; default: coop on PATH)
#
# Every command is printed before its output ($WORK: the temporary folder), as
# the README's section "A network of circles" shows it, after the name of the
# ledger it runs in. Offline: the circles
# are reached by file:// URLs. Exits at the first command that fails.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
coop=${1:-coop}
case $coop in */*) coop=$(cd "$(dirname "$coop")" && pwd)/$(basename "$coop") ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/coop-network.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1 HOME="$work/home" GIT_CONFIG_GLOBAL="$work/gitconfig"
mkdir -p "$HOME"
: > "$GIT_CONFIG_GLOBAL" # empty, and our own

run() { # prints the command as typed in its ledger ("lyon$ coop ..."), then runs it
  shift
  printf '%s$ coop' "$(basename "$PWD")"
  printf ' %s' "$@" | sed "s|$work|\$WORK|g"
  echo
  status=0
  "$coop" "$@" > "$work/out" 2>&1 || status=$?
  sed "s|$work|\$WORK|g" "$work/out"
  [ $status -eq 0 ] || { echo "(exit status $status)"; exit $status; }
}

# Each ledger in a repository of its own, its files as its genesis commit, by
# the member who keeps its books.
ledger() { # NAME EMAIL
  cp -R "$here/$1" "$work/$1"
  git -C "$work/$1" init -q -b main
  git -C "$work/$1" config user.email "$2"
  git -C "$work/$1" config user.name "${2%@*}"
  git -C "$work/$1" add -A
  git -C "$work/$1" commit -q -m "$1: the ledger"
}
ledger global alice@example.org
ledger lyon dave@example.org
ledger porto rui@example.org

echo "# The circles close their months: each statement charges the upstream."
for c in lyon porto; do
  cd "$work/$c"
  for p in 2026-09 2026-10; do
    run "$coop" close $p --commit
  done
done
cd "$work/lyon"
run "$coop" payout --period 2026-10
cd "$work/global"

echo
echo "# The global network adds its circles by proposal, and enacts them."
alice_work() { # MM DD: alice coordinates the circles that month
  mkdir -p "contributions/2026/$1"
  cat > "contributions/2026/$1/alice.yaml" <<YAML
# yaml-language-server: \$schema=../../../../schema/contribution.schema.json
member: alice
entries:
  - id: alice-2026$1$2-c2rd
    date: 2026-$1-$2
    time: 3h
    kind: support
    summary: Coordinate the circles
YAML
  git add contributions && git commit -q -m "alice: coordination, 2026-$1"
}
alice_work 10 02 # in October, so she votes on the proposals
alice_work 11 02
run "$coop" circle add lyon --repo "file://$work/lyon" --upstream 10% --connector dave \
  --date 2026-10-03 --commit
run "$coop" enact prop-20261003-circle-lyon --commit
run "$coop" circle add porto --repo "file://$work/porto" --upstream 8% --connector rui \
  --date 2026-10-03 --commit
run "$coop" enact prop-20261003-circle-porto --commit

echo
echo "# It fetches their tags, verifies every statement and books the upstream."
run "$coop" circle fetch
run "$coop" circle verify
run "$coop" circle book 2026-09 --date 2026-10-05 --commit
run "$coop" circle book 2026-10 --date 2026-11-05 --commit
run "$coop" circle status
run "$coop" audit

echo
echo "# The upstream is the global network's income: it closes October, and"
echo "# November (open) has the circles' October."
run "$coop" close 2026-10 --commit
run "$coop" payout --period 2026-11
