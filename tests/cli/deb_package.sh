#!/bin/sh
# cpack -G DEB builds a package for Debian: its control fields, exactly the
# files of an install into /usr (bash, zsh and fish completions where
# Debian's shells look), and a binary and man page that work once unpacked.
set -eu
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/log" 2>&1 ||
  { cat "$tmp/log"; fail "cpack failed"; }
deb=$(ls "$tmp"/out/coop_*.deb)
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = coop ] || fail "Package: $(field Package)"
field Depends | grep -q 'libgit2-1.5' || fail "Depends lacks libgit2: $(field Depends)"
field Depends | grep -q 'libyaml-cpp0.7' || fail "Depends lacks yaml-cpp: $(field Depends)"

got=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort)
want=$( {
  echo /usr/bin/coop
  echo /usr/share/bash-completion/completions/coop
  echo /usr/share/zsh/vendor-completions/_coop
  echo /usr/share/fish/vendor_completions.d/coop.fish
  for page in "$source"/man/*.1; do echo "/usr/share/man/man1/$(basename "$page")"; done
} | sort)
[ "$got" = "$want" ] || { printf 'in the .deb:\n%s\nexpected:\n%s\n' "$got" "$want"; fail "the .deb's files"; }

dpkg-deb -x "$deb" "$tmp/root"
"$tmp/root/usr/bin/coop" --version | grep -q "^coop $(field Version)$" ||
  fail "the packaged coop --version is not $(field Version)"
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$tmp/root/usr/share/man/man1/coop.1" 2>/dev/null | grep -q 'coop - keep the books' ||
    fail "man cannot render the packaged coop.1"
fi
echo "deb: ok ($(basename "$deb"), $(stat -c %s "$deb") bytes, $(echo "$got" | wc -l) files)"
