#!/usr/bin/env bash
# Runs the dashboard's browser test against a real `entente serve`.
# Usage: tests/web/run_browser_test.sh ENTENTE_BINARY OUT_DIR
#
# Builds a fixture database in OUT_DIR from examples/news.jsonl, starts the server on a
# free port with the built dashboard (web/dist), runs tests/web/browser_test.mjs and
# leaves the screenshot in OUT_DIR/dashboard.png. Exits with the test's status, or 77
# (skipped) when chromium, playwright-core (npm ci in web/) or web/dist (npm run build)
# is missing.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 ENTENTE_BINARY OUT_DIR" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$1"
out="$2"
[[ "$bin" == */* ]] && bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
chromium="${CHROMIUM:-/usr/bin/chromium}"

skip() { echo "SKIP: $*"; exit 77; }
[[ -x "$chromium" ]] || skip "no chromium at $chromium"
[[ -d "$root/web/node_modules/playwright-core" ]] || skip "web/node_modules/playwright-core is missing (run: cd web && npm ci)"
[[ -f "$root/web/dist/index.html" ]] || skip "web/dist/index.html is missing (run: cd web && npm run build)"
command -v node >/dev/null || skip "node is not installed"

mkdir -p "$out"
out="$(cd "$out" && pwd)"
db="$out/browser-test.db"
log="$out/serve.log"
rm -f "$db" "$db-wal" "$db-shm" "$out/dashboard.png"

"$bin" ingest -q --db "$db" "$root/examples/news.jsonl"

server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

"$bin" serve --db "$db" --host 127.0.0.1 --port 0 --web "$root/web/dist" 2>"$log" &
server_pid=$!

url=""
for _ in $(seq 1 100); do
  line="$(grep -m1 -o 'entente serve: listening on http://[^[:space:]]*' "$log" 2>/dev/null || true)"
  if [[ -n "$line" ]]; then
    url="${line#entente serve: listening on }"
    url="${url%/}"
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "FAIL: entente serve exited before listening:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ -z "$url" ]]; then
  echo "FAIL: entente serve did not print 'entente serve: listening on http://HOST:PORT' within 10 s:" >&2
  cat "$log" >&2
  exit 1
fi
echo "run_browser_test: server at $url (log: $log)"

status=0
node "$root/tests/web/browser_test.mjs" "$url/" "$out/dashboard.png" || status=$?
exit "$status"
