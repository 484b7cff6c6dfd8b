#!/usr/bin/env bash
# End-to-end corpus run: `entente segment` over a large JSON Lines corpus, timed, with peak memory.
# Usage: bench/corpus_run.sh [COPIES]   (default 20 copies of the NGEC synthetic corpus, ~115 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-20}
src=../shared/bench/ngec-synthetic.jsonl
[[ -f $src ]] || src=examples/news.jsonl
corpus=$(mktemp --suffix=.jsonl)
trap 'rm -f "$corpus"' EXIT
for ((i = 0; i < copies; i++)); do
  sed "s/\"id\": \"/\"id\": \"c$i-/" "$src"
done >"$corpus"
bytes=$(python3 -c "
import json,sys
print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$corpus")
/usr/bin/time -f "%e %M" -o /tmp/entente_time ./build/entente segment -q "$corpus" >/dev/null 2>/tmp/entente_err
read -r secs kb </tmp/entente_time
sentences=$(grep -oE '\(([0-9]+) sentences\)' /tmp/entente_err | grep -oE '[0-9]+')
python3 -c "
secs, kb, b, s = $secs, $kb, $bytes, $sentences
print(f'corpus: {b/1e6:.1f} MB of text, {s} sentences; {secs:.2f} s; '
      f'{b/1e6/secs:.1f} MB/s; {s/secs:,.0f} sentences/s; peak RSS {kb/1024:.0f} MB')"
