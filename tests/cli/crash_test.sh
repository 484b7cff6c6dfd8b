#!/usr/bin/env bash
# Crash safety: kill -9 `entente ingest` at a random moment, check that the database holds whole
# documents only, run it again, and compare with a clean ingest of the same corpus.
set -euo pipefail
entente=$1
root=$2
copies=${3:-400}
dir=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill -9 "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
python3 - "$root/examples/news.jsonl" "$dir/corpus.jsonl" "$copies" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for copy in range(int(sys.argv[3])):
        for d in docs:
            out.write(json.dumps(dict(d, id="%s-%d" % (d["id"], copy))) + "\n")
PY

"$entente" ingest -q --db "$dir/clean.db" "$dir/corpus.jsonl" 2>/dev/null
"$entente" export --db "$dir/clean.db" --format jsonl >"$dir/clean.jsonl"

# Small batches, so that the kill lands between and inside many transactions.
"$entente" ingest -q --batch 4 --db "$dir/crash.db" "$dir/corpus.jsonl" 2>/dev/null &
pid=$!
sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 1.2), 2))')"
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=

# Whole documents only: every document present has exactly its clean events.
if [[ -f $dir/crash.db ]]; then
  "$entente" export --db "$dir/crash.db" --format jsonl >"$dir/partial.jsonl"
  python3 - "$dir/clean.jsonl" "$dir/partial.jsonl" <<'PY'
import collections, sys
def by_doc(path):
    out = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        out[line.split('"doc_id":', 1)[1].split(",", 1)[0]].append(line)
    return out
clean, partial = by_doc(sys.argv[1]), by_doc(sys.argv[2])
for doc, events in partial.items():
    assert clean[doc] == events, "document %s is not whole" % doc
print("killed run left %d of %d documents with events" % (len(partial), len(clean)))
PY
fi

"$entente" ingest -q --db "$dir/crash.db" "$dir/corpus.jsonl" 2>/dev/null
"$entente" export --db "$dir/crash.db" --format jsonl >"$dir/resumed.jsonl"
cmp "$dir/clean.jsonl" "$dir/resumed.jsonl"
echo "ok"
