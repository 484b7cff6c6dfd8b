#!/usr/bin/env bash
# code and ingest give the same output with any number of threads and any batch size: documents
# are shared out across threads, but output and storage stay in input order.
set -euo pipefail
entente=$1
root=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$(dirname "$0")/make_corpus.py" "$root/examples/news.jsonl" "$dir/corpus.jsonl" 7

"$entente" code -q "$dir/corpus.jsonl" >"$dir/one.jsonl"
[[ -s $dir/one.jsonl ]] || { echo "no events coded"; exit 1; }
for args in "--threads 2" "--threads 3 --batch 2" "--threads 4 --batch 1" "--threads 8 --batch 1000"; do
  # shellcheck disable=SC2086
  "$entente" code -q $args "$dir/corpus.jsonl" >"$dir/many.jsonl"
  cmp "$dir/one.jsonl" "$dir/many.jsonl" || { echo "code $args differs from one thread"; exit 1; }
done

"$entente" ingest -q --db "$dir/one.db" "$dir/corpus.jsonl"
"$entente" ingest -q --db "$dir/many.db" --threads 3 --batch 2 "$dir/corpus.jsonl"
"$entente" export --db "$dir/one.db" --format jsonl >"$dir/one-export.jsonl"
"$entente" export --db "$dir/many.db" --format jsonl >"$dir/many-export.jsonl"
cmp "$dir/one-export.jsonl" "$dir/many-export.jsonl" || { echo "ingest --threads 3 differs"; exit 1; }
echo "threads: same output with 1 to 8 threads"
