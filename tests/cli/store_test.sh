#!/usr/bin/env bash
# ingest is idempotent (a second run changes nothing, a changed document has its events
# replaced), and the reading commands work on what it stored.
set -euo pipefail
entente=$1
root=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=$dir/news.db
python3 "$(dirname "$0")/make_corpus.py" "$root/examples/news.jsonl" "$dir/corpus.jsonl" 5
n=$(wc -l <"$dir/corpus.jsonl")

"$entente" ingest -q --db "$db" "$dir/corpus.jsonl" 2>"$dir/first.log"
grep -q "$n new, 0 replaced, 0 unchanged" "$dir/first.log" || { cat "$dir/first.log"; exit 1; }
"$entente" export --db "$db" --format jsonl >"$dir/first.jsonl"
[[ -s $dir/first.jsonl ]] || { echo "no events stored"; exit 1; }

# Same input again: nothing changes.
"$entente" ingest -q --db "$db" "$dir/corpus.jsonl" 2>"$dir/second.log"
grep -q "0 new, 0 replaced, $n unchanged" "$dir/second.log" || { cat "$dir/second.log"; exit 1; }
"$entente" export --db "$db" --format jsonl >"$dir/second.jsonl"
cmp "$dir/first.jsonl" "$dir/second.jsonl"

# One document changed: its events are replaced, the others stay.
head -1 "$dir/corpus.jsonl" | python3 -c '
import json, sys
d = json.loads(sys.stdin.read())
d["text"] = "Russia and Ukraine agreed to exchange prisoners on Friday."
print(json.dumps(d))' >"$dir/changed.jsonl"
changed_id=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).read())["id"])' "$dir/changed.jsonl")
"$entente" ingest -q --db "$db" "$dir/changed.jsonl" 2>"$dir/third.log"
grep -q "0 new, 1 replaced, 0 unchanged" "$dir/third.log" || { cat "$dir/third.log"; exit 1; }
"$entente" export --db "$db" --format jsonl >"$dir/third.jsonl"
python3 - "$dir/first.jsonl" "$dir/third.jsonl" "$changed_id" <<'PY'
import json, sys
first = [json.loads(l) for l in open(sys.argv[1])]
third = [json.loads(l) for l in open(sys.argv[2])]
cid = sys.argv[3]
assert [e for e in first if e["doc_id"] != cid] == [e for e in third if e["doc_id"] != cid]
new = [e for e in third if e["doc_id"] == cid]
assert all("prisoners" in e["evidence"] for e in new), new
PY

# The reading commands.
"$entente" relations --db "$db" CHN RUS | grep "^China -> Russia: [0-9]* events" >/dev/null
"$entente" relations --db "$db" CHN RUS --json | python3 -c '
import json, sys; r = json.load(sys.stdin); assert r["forward"]["source"] == "CHN"'
"$entente" actors --db "$db" --limit 3 | grep "^actor" >/dev/null
"$entente" network --db "$db" --format json | python3 -c '
import json, sys; n = json.load(sys.stdin); assert n["nodes"] and n["blocs"]'
"$entente" network --db "$db" --format graphml | grep "<graphml" >/dev/null
"$entente" network --db "$db" --format dot | grep "^graph entente" >/dev/null
if command -v dot >/dev/null; then
  "$entente" network --db "$db" --format png -o "$dir/net.png"
  head -c 8 "$dir/net.png" | grep PNG >/dev/null
fi
"$entente" export --db "$db" --format csv | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
assert rows and rows[0]["doc_id"] and rows[0]["code"], rows[:1]'
"$entente" export --db "$db" --format gdelt | awk -F'\t' 'NF != 61 { bad = 1 } END { exit bad }'
"$entente" export --db "$db" --what dyads --period week --unordered | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
assert rows and all(r["source"] <= r["target"] for r in rows)'
# Reading commands never create a database.
if "$entente" relations --db "$dir/missing.db" CHN RUS 2>/dev/null; then exit 1; fi
[[ ! -e $dir/missing.db ]]
echo "ok"
