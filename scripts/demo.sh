#!/usr/bin/env bash
# The demo: codes the bundled example articles and shows the events with their evidence.
set -euo pipefail
cd "$(dirname "$0")/.."
# ENTENTE: another build of the binary (default: the release build of setup.sh).
entente=${ENTENTE:-./build/entente}
echo "== entente $("$entente" --version | cut -d' ' -f2): events in examples/news.jsonl =="
"$entente" code examples/news.jsonl --explain | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    who = "%s -> %s" % (e["source"] or "?", e["target"] or "?")
    print("%s  %-24s %-5s %+5.1f  %s | %s" % (e["date"], who, e["code"], e["goldstein"],
          e["trigger_text"], e["evidence"][:90]))
'

# The relations model: store the coded articles, then ask what they say about China and Russia
# and which blocs the actors form.
# The database stays in build/ so that the dashboard can show it afterwards.
db=build/demo.db
rm -f "$db" "$db-wal" "$db-shm"
"$entente" ingest -q --db "$db" examples/news.jsonl
echo
echo "== relations: China and Russia (entente relations --db news.db CHN RUS) =="
"$entente" relations --db "$db" CHN RUS
echo
echo "== most active actors (entente actors --db news.db --limit 8) =="
"$entente" actors --db "$db" --limit 8
echo
echo "== blocs (entente network --db news.db) =="
"$entente" network --db "$db"
echo
echo "== the dashboard and the JSON API over this database =="
echo "  $entente serve --db $db      then open http://127.0.0.1:8080/"
