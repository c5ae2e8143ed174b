#!/bin/sh
# Every subcommand in `coop --help` has a man page, and every option its --help
# lists is documented there (as git's tests keep -h and the manual in step).
set -eu
coop=$1
man=$2
status=0
commands=$("$coop" --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}')
[ -n "$commands" ] || { echo "no subcommands found in coop --help"; exit 1; }
for c in $commands; do
  page="$man/coop-$c.1"
  if [ ! -f "$page" ]; then
    echo "missing man page: man/coop-$c.1"; status=1; continue
  fi
  grep -q "coop-$c" "$man/coop.1" || { echo "man/coop.1 does not mention coop-$c"; status=1; }
  for opt in $("$coop" "$c" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    case $opt in --help|--format|--color|--quiet|--version) continue ;; esac
    escaped=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    if ! grep -q -- "$escaped" "$page"; then
      echo "man/coop-$c.1 does not document $opt"; status=1
    fi
  done
done
[ $status -eq 0 ] && echo "man pages cover: $commands"
exit $status
