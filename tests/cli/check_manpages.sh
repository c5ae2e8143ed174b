#!/bin/sh
# Every command in `coop --help` has a man page, and every option its --help
# lists is documented there, nested commands included (coop member add: in
# coop-member.1), as git's tests keep -h and the manual in step.
set -eu
coop=$1
man=$2
status=0
subcommands() { # the commands listed under "Subcommands:" in `coop WORDS... --help`
  "$coop" "$@" --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}'
}
check_options() { # page words...: every option of `coop words... --help` is in the page
  page=$1; shift
  for opt in $("$coop" "$@" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    case $opt in --help|--format|--color|--quiet|--version) continue ;; esac
    escaped=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    if ! grep -q -- "$escaped" "$page"; then
      echo "$page does not document $opt (coop $*)"; status=1
    fi
  done
}
commands=$(subcommands)
[ -n "$commands" ] || { echo "no subcommands found in coop --help"; exit 1; }
checked=""
for c in $commands; do
  page="$man/coop-$c.1"
  if [ ! -f "$page" ]; then
    echo "missing man page: man/coop-$c.1"; status=1; continue
  fi
  grep -q "coop-$c" "$man/coop.1" || { echo "man/coop.1 does not mention coop-$c"; status=1; }
  check_options "$page" "$c"
  checked="$checked $c"
  for s in $(subcommands "$c"); do
    grep -q "coop $c $s\|^\.B $s\|^\.SS $s\|$c $s" "$page" ||
      { echo "$page does not describe coop $c $s"; status=1; }
    check_options "$page" "$c" "$s"
    checked="$checked $c-$s"
  done
done
[ $status -eq 0 ] && echo "man pages cover:$checked"
exit $status
