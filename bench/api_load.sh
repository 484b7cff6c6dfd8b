#!/usr/bin/env bash
# Load test of `entente serve` on loopback with wrk: requests/s and latency percentiles for
# /v1/dyads and /v1/network (and /v1/events), each for a bounded time.
# Usage: bench/api_load.sh [SECONDS] [CONNECTIONS] [SERVE_FLAGS...]
#   default 10 s, 16 connections, 2 wrk threads; e.g. `bench/api_load.sh 10 16 --cache-mb 0`
#   measures every request computed afresh (no response cache).
# The database is the NGEC synthetic corpus (4,500 documents) when ../shared has it, else the
# example articles.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=${2:-16}
shift $(($# < 2 ? $# : 2))
entente=${ENTENTE:-./build/entente}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
src=../shared/bench/ngec-synthetic.jsonl
[[ -f $src ]] || src=examples/news.jsonl
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$dir"' EXIT
"$entente" ingest -q --db "$dir/load.db" "$src" 2>/dev/null
"$entente" serve -q --no-code --db "$dir/load.db" --port 0 "$@" 2>"$dir/serve.log" &
pid=$!
for _ in $(seq 100); do
  base=$(grep -o 'http://[0-9.:]*' "$dir/serve.log" || true)
  [[ -n $base ]] && break
  sleep 0.1
done
[[ -n $base ]] || { cat "$dir/serve.log"; exit 1; }
events=$(curl -s "$base/v1/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
# The busiest pair, so that the dyad query has work to do.
pair=$(curl -s "$base/v1/network" | python3 -c '
import json, sys
net = json.load(sys.stdin)
e = max(net["edges"], key=lambda e: e["events"])
print(e["source"], e["target"])')
read -r a b <<<"$pair"
echo "database: $src, $events events; busiest pair $a-$b; $conns connections, ${secs}s each; serve flags: ${*:-none}"
for path in "/v1/dyads?a=$a&b=$b&ordered=false&period=month" "/v1/network" \
  "/v1/events?a=$a&b=$b&limit=50"; do
  wrk -t2 -c"$conns" -d"${secs}s" --latency "$base$path" >"$dir/wrk.txt"
  rps=$(awk '/^Requests\/sec/ {print $2}' "$dir/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$dir/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$dir/wrk.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$dir/wrk.txt" || echo "no errors")
  printf '%-60s %9s req/s  p50 %8s  p99 %8s  (%s)\n' "$path" "$rps" "$p50" "$p99" "$errors"
done
