#!/bin/sh
# Benchmark of `coop circle verify` (SPEC 8): a global ledger and 20 circles of
# 50 members over 12 months each, every circle a git repository with its 12
# months closed and tagged by `coop close`, fetched by the global.
#
#   tests/bench/circles.sh [--circles N] [--per-month K] [--coop BINARY]
#
# Generates the circles with tools/gen-ledger.py (seed = the circle's number;
# cached in $COOP_BENCH_DIR, default /tmp/coop-bench), then prints the wall
# time and peak memory of `coop circle verify` (best of 3 runs), which reads
# each circle's ledger at each of its 12 tags, validates it and recomputes
# its statement there. Without --coop it builds a Release coop in build-bench/.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
circles=20
per_month=20
coop=
while [ $# -gt 0 ]; do
  case $1 in
    --circles) circles=$2; shift 2 ;;
    --per-month) per_month=$2; shift 2 ;;
    --coop) coop=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    *) echo "usage: $0 [--circles N] [--per-month K] [--coop BINARY]" >&2; exit 2 ;;
  esac
done
if [ -z "$coop" ]; then
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-bench -j2 --target coop >/dev/null
  coop=$root/build-bench/cmd/coop
fi
export GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
# An empty global git configuration of our own (not /dev/null: where it is a
# plain file, it is whatever was last written to it).
export GIT_CONFIG_GLOBAL="${COOP_BENCH_DIR:-/tmp/coop-bench}/gitconfig"
mkdir -p "$(dirname "$GIT_CONFIG_GLOBAL")" && : > "$GIT_CONFIG_GLOBAL"
data=${COOP_BENCH_DIR:-/tmp/coop-bench}/circles-c$circles-m50-p$per_month
if [ ! -f "$data/.done" ]; then
  echo "generating $data ..." >&2
  mkdir -p "$data/home"
  export HOME="$data/home"
  # libgit2 (coop init) reads ~/.gitconfig, whatever GIT_CONFIG_GLOBAL says.
  printf '[user]\n\tname = m0000\n\temail = m0000@example.org\n' > "$HOME/.gitconfig"
  i=1
  while [ $i -le "$circles" ]; do
    c="$data/c$i"
    if [ -f "$c.closed" ]; then i=$((i + 1)); continue; fi # made by an earlier run
    rm -rf "$c"
    python3 tools/gen-ledger.py "$c" --members 50 --months 12 --per-month "$per_month" \
      --format-version 2 --seed "$i" >/dev/null
    printf 'network:\n  global: ../global\n  upstream: 10%%\n' >> "$c/coop.yaml"
    git -C "$c" init -q -b main
    git -C "$c" -c user.email=m0000@example.org -c user.name=m0000 add -A
    git -C "$c" -c user.email=m0000@example.org -c user.name=m0000 commit -q -m "circle c$i"
    git -C "$c" config user.email m0000@example.org
    git -C "$c" config user.name m0000
    m=1
    while [ $m -le 12 ]; do
      "$coop" -C "$c" close "$(printf '2025-%02d' $m)" --commit -q >/dev/null
      m=$((m + 1))
    done
    touch "$c.closed"
    i=$((i + 1))
  done
  rm -rf "$data/global"
  "$coop" init "$data/global" -q
  git -C "$data/global" config user.email m0000@example.org
  git -C "$data/global" config user.name m0000
  {
    echo "network:"
    echo "  circles:"
    i=1
    while [ $i -le "$circles" ]; do
      echo "    c$i: {repo: ../c$i, upstream: 10%}"
      i=$((i + 1))
    done
  } >> "$data/global/coop.yaml"
  git -C "$data/global" commit -q -a --amend --no-edit
  "$coop" -C "$data/global" circle fetch -q
  touch "$data/.done"
fi
export HOME="$data/home"

best_wall=
best_peak=
run=1
while [ $run -le 3 ]; do
  /usr/bin/time -f '%e %M' -o "$data/time" "$coop" -C "$data/global" circle verify -q
  read -r wall peak < "$data/time"
  if [ -z "$best_wall" ] || awk "BEGIN { exit !($wall < $best_wall) }"; then
    best_wall=$wall
    best_peak=$peak
  fi
  run=$((run + 1))
done
yaml_kb=$(du -sk --exclude=.git "$data/c1" | cut -f1)
echo "coop circle verify: $circles circles x 50 members x 12 months, $per_month contributions a member a month ($yaml_kb KB of YAML a circle), best of 3 runs, $(nproc) cores"
echo "wall $best_wall s, peak $((best_peak / 1024)) MB"
