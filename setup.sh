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
  # the HTTP server (cpp-httplib; its pkg-config file names openssl, zlib and brotli)
  libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  # the allocator of the binary and the pipeline benchmarks
  libmimalloc-dev
  # data read at build or run time
  iso-codes liblingua-en-tagger-perl wordnet-base
  # tests and benchmarks; graphviz draws `entente network --format png`
  libgtest-dev libgmock-dev libbenchmark-dev graphviz sqlite3
  # the dashboard's browser test (headless) and the API load test
  chromium wrk
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

# Node.js and npm build the dashboard. Debian ships npm as its own package; some Node.js
# packages bundle it, and then the separate one must not be installed over it.
if ! command -v npm >/dev/null; then
  if [[ $(id -u) != 0 ]]; then sudo=sudo; else sudo=; fi
  command -v node >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs
  command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm
fi

# The dashboard (web/dist, served by `entente serve`): packages from the npm registry, pinned by
# package-lock.json, then a vite build. Both are skipped when nothing changed.
if [[ -f web/package-lock.json ]]; then
  if [[ ! -f web/node_modules/.package-lock.json || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
    echo "setup: installing the dashboard's npm packages"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if [[ ! -f web/dist/index.html ]] ||
    [[ -n $(find web/src web/index.html web/vite.config.js web/package-lock.json -newer web/dist/index.html 2>/dev/null | head -1) ]]; then
    echo "setup: building the dashboard"
    (cd web && npm run build --silent >/dev/null)
  fi
fi

if [[ ! -f build/build.ninja ]]; then
  cmake --preset release >/dev/null
fi
cmake --build build --parallel "$(nproc)"
