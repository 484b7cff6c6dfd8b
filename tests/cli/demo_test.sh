#!/usr/bin/env bash
# Golden output of the demo's relations part: ingest examples/news.jsonl, print the CHN-RUS
# relation and the blocs, compare with tests/cli/demo.golden. When the coder or the examples
# change on purpose: ENT_REWRITE=1 ctest -R cli/demo, then review the diff of demo.golden.
set -euo pipefail
entente=$1
root=$2
golden=$root/tests/cli/demo.golden
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$entente" ingest -q --db "$dir/news.db" "$root/examples/news.jsonl" 2>/dev/null
{
  echo "# entente relations --db news.db CHN RUS"
  "$entente" relations --db "$dir/news.db" CHN RUS
  echo "# entente network --db news.db"
  "$entente" network --db "$dir/news.db"
} >"$dir/out.txt"
if [[ ${ENT_REWRITE:-} == 1 ]]; then
  cp "$dir/out.txt" "$golden"
  echo "rewrote $golden"
  exit 0
fi
diff -u "$golden" "$dir/out.txt"
