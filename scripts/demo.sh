#!/usr/bin/env bash
# The demo: runs entente on the bundled example articles and shows what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== entente $(./build/entente --version | cut -d' ' -f2): sentences of the example articles =="
./build/entente segment examples/news.jsonl | python3 -c '
import json, sys
for line in sys.stdin:
    s = json.loads(line)
    print("%-28s %2d  %s" % (s["doc_id"], s["index"], s["text"]))
'
