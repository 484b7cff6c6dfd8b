#!/usr/bin/env bash
# End-to-end corpus run: an entente command over a large JSON Lines corpus, timed, with peak memory.
# Usage: [CORPUS=FILE.jsonl] bench/corpus_run.sh [COPIES] [COMMAND [OPTIONS...]]
#   CORPUS   the JSON Lines corpus to repeat (default ../shared/bench/ngec-synthetic.jsonl)
#   COPIES   copies of the corpus (default 20: for NGEC ~115 MB, ~770,000 sentences)
#   COMMAND  segment (default), parse or code; OPTIONS are passed on (e.g. --threads 2)
# Examples (about a million sentences each):
#   bench/corpus_run.sh 26 code                    (NGEC synthetic stories, 8.6 sentences each)
#   CORPUS=../shared/bench/wire.jsonl bench/corpus_run.sh 3700 code
#                                                  (PETRARCH-2's GigaWord and unit-test sentences)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-20}
command=${2:-segment}
shift $(($# > 2 ? 2 : $#))
if [[ -n ${CORPUS:-} ]]; then
  src=$CORPUS
  [[ -f $src ]] || { echo "corpus_run.sh: no such corpus: $src" >&2; exit 2; }
else
  src=../shared/bench/ngec-synthetic.jsonl
  [[ -f $src ]] || src=examples/news.jsonl
fi
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
