#!/bin/sh
# Usage errors exit 2 with a message that says what is wrong.
set -u
coop=$1
fail() { echo "FAIL: $*"; exit 1; }
check() { # expected-status expected-stderr-substring args...
  want=$1; text=$2; shift 2
  err=$("$coop" "$@" 2>&1 >/dev/null); status=$?
  [ "$status" -eq "$want" ] || fail "coop $*: exit $status, expected $want"
  case $err in *"$text"*) ;; *) fail "coop $*: stderr lacks '$text': $err" ;; esac
}
check 2 "'frobnicate' is not a coop command; see 'coop --help'" frobnicate
check 2 "A subcommand is required" 
check 2 "cannot change to '/nonexistent': no such directory" -C /nonexistent validate
check 2 "--format: json5 not in" --format json5 validate
"$coop" --help >/dev/null || fail "--help exits non-zero"
echo "usage errors: ok"
