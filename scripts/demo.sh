#!/usr/bin/env bash
# The demo: codes the bundled example articles and shows the events with their evidence.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== entente $(./build/entente --version | cut -d' ' -f2): events in examples/news.jsonl =="
./build/entente code examples/news.jsonl --explain | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    who = "%s -> %s" % (e["source"] or "?", e["target"] or "?")
    print("%s  %-24s %-5s %+5.1f  %s | %s" % (e["date"], who, e["code"], e["goldstein"],
          e["trigger_text"], e["evidence"][:90]))
'
