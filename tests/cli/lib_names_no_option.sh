#!/bin/sh
# lib/ names no command-line option of coop in its messages: it writes
# option_ref(Option::...) and cmd/ spells it (cmd/option_names.cpp). git's own
# options (git fetch --unshallow...) and the text of the files coop writes (a
# statement's comment, the pre-commit hook) are not coop's messages.
set -eu
lib=$1
found=$(grep -rn --include='*.cpp' --include='*.hpp' -E '"[^"]*--[a-z]' "$lib" |
  grep -v -E '^[^:]+:[0-9]+:[^"]*//' |
  grep -v -E 'git (fetch|config|commit) --|lib/statement/statement_write.cpp|lib/hook/pre_commit.cpp:[0-9]+: +"#' ||
  true)
if [ -n "$found" ]; then
  echo "lib/ spells command-line options (use option_ref):"
  echo "$found"
  exit 1
fi
echo "lib/ names no command-line option"
