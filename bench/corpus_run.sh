#!/usr/bin/env bash
# End-to-end corpus run: an entente command over a large JSON Lines corpus, timed, with peak memory.
# Usage: bench/corpus_run.sh [COPIES] [COMMAND [OPTIONS...]]
#   COPIES   copies of the NGEC synthetic corpus (default 20, ~115 MB, ~770,000 sentences)
#   COMMAND  segment (default), parse or code; OPTIONS are passed on (e.g. --threads 2)
# Example: bench/corpus_run.sh 26 code --threads 1   (about a million sentences)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-20}
command=${2:-segment}
shift $(($# > 2 ? 2 : $#))
src=../shared/bench/ngec-synthetic.jsonl
[[ -f $src ]] || src=examples/news.jsonl
corpus=$(mktemp --suffix=.jsonl)
timing=$(mktemp)
log=$(mktemp)
trap 'rm -f "$corpus" "$timing" "$log"' EXIT
for ((i = 0; i < copies; i++)); do
  sed "s/\"id\": \"/\"id\": \"c$i-/" "$src"
done >"$corpus"
bytes=$(python3 -c "
import json,sys
print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$corpus")
/usr/bin/time -f "%e %U %M" -o "$timing" ./build/entente "$command" -q "$@" "$corpus" >/dev/null 2>"$log"
read -r secs user kb <"$timing"
sentences=$(grep -oE '\(([0-9]+) sentences\)' "$log" | grep -oE '[0-9]+')
python3 -c "
secs, user, kb, b, s = $secs, $user, $kb, $bytes, $sentences
print(f'$command $*: {b/1e6:.1f} MB of text, {s} sentences; {secs:.2f} s wall, {user:.2f} s user; '
      f'{b/1e6/secs:.1f} MB/s; {s/secs:,.0f} sentences/s; peak RSS {kb/1024:.0f} MB')"
