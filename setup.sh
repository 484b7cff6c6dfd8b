#!/usr/bin/env bash
# Installs what entente needs on Debian (bookworm) and builds the release binary at build/entente.
# Safe to run again: installs only missing packages and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  # toolchain
  g++ clang libclang-rt-14-dev cmake ninja-build pkg-config make python3
  # libraries
  libsimdjson-dev libgumbo-dev libutf8proc-dev libcli11-dev libpugixml-dev
  # the store (SQLite) and the network model (igraph; its pkg-config names arpack, glpk, plfit)
  libsqlite3-dev libigraph-dev libarpack2-dev libglpk-dev libplfit-dev
  # data read at build or run time
  iso-codes liblingua-en-tagger-perl wordnet-base
  # tests and benchmarks; graphviz draws `entente network --format png`
  libgtest-dev libgmock-dev libbenchmark-dev graphviz sqlite3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [[ $(id -u) != 0 ]]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [[ ! -f build/build.ninja ]]; then
  cmake --preset release >/dev/null
fi
cmake --build build --parallel "$(nproc)"
