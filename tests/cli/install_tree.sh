#!/bin/sh
# cmake --install into a DESTDIR puts exactly the binary, every man page and
# the three shell completions where their tools look; the installed bash
# completion completes commands and options (compgen), zsh and fish read
# theirs, and man renders the installed page.
set -eu
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

DESTDIR="$tmp/dest" cmake --install "$build" --prefix /usr/local >/dev/null
got=$(cd "$tmp/dest" && find . -type f | sed 's|^\./|/|' | sort)
fish_dir=$(pkg-config --variable=completionsdir fish 2>/dev/null || true)
want=$( {
  echo /usr/local/bin/coop
  echo /usr/local/share/bash-completion/completions/coop
  echo /usr/local/share/zsh/site-functions/_coop
  echo "${fish_dir:-/usr/local/share/fish/vendor_completions.d}/coop.fish"
  for page in "$source"/man/*.1; do echo "/usr/local/share/man/man1/$(basename "$page")"; done
} | sort)
[ "$got" = "$want" ] || { printf 'installed:\n%s\nexpected:\n%s\n' "$got" "$want"; fail "the installed files"; }

coop="$tmp/dest/usr/local/bin/coop"
"$coop" --version | grep -q '^coop [0-9]' || fail "the installed coop does not run"

bash_completion="$tmp/dest/usr/local/share/bash-completion/completions/coop"
complete_bash() { # words...: what the completion offers for the last word
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _coop; echo "${COMPREPLY[*]}"' \
    sh "$bash_completion" "$@"
}
[ "$(complete_bash coop payo)" = payout ] || fail "bash: coop payo -> '$(complete_bash coop payo)'"
[ "$(complete_bash coop pa)" = "payout pay" ] || fail "bash: coop pa -> '$(complete_bash coop pa)'"
[ "$(complete_bash coop pay 2026-11 --pa)" = --payees ] ||
  fail "bash: coop pay 2026-11 --pa -> '$(complete_bash coop pay 2026-11 --pa)'"
[ "$(complete_bash coop log --pr)" = --project ] ||
  fail "bash: coop log --pr -> '$(complete_bash coop log --pr)'"
[ "$(complete_bash coop member a)" = add ] || fail "bash: coop member a"
[ "$(complete_bash coop member add zoe --na)" = --name ] || fail "bash: coop member add zoe --na"
[ "$(complete_bash coop --format ma)" = markdown ] || fail "bash: --format ma"

if command -v zsh >/dev/null; then
  zsh -n "$tmp/dest/usr/local/share/zsh/site-functions/_coop" || fail "zsh cannot read _coop"
fi
if command -v fish >/dev/null; then
  out=$(fish -c "source $tmp/dest$fish_dir/coop.fish; complete -C 'coop payo'" | cut -f1)
  [ "$out" = payout ] || fail "fish: coop payo -> '$out'"
fi
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$tmp/dest/usr/local/share/man/man1/coop.1" 2>/dev/null | grep -q 'coop - keep the books' ||
    fail "man cannot render the installed coop.1"
fi
echo "install: ok ($(echo "$got" | wc -l) files)"
