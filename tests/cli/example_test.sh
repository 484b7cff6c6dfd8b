#!/usr/bin/env bash
# The example article segments into its 24 sentences with correct spans.
set -euo pipefail
entente=$1
root=$2
article=$root/../shared/examples/putin-xi-visit.txt
if [[ ! -f $article ]]; then
  echo "SKIP: $article not found (../shared is absent in this clone)"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$entente" segment "$article" --date 2024-05-17 >"$out"
python3 - "$article" "$out" <<'PY'
import json, sys
text = open(sys.argv[1], 'rb').read()
rows = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
assert len(rows) == 24, f"want 24 sentences, got {len(rows)}"
for r in rows:
    b, e = r["span"]
    assert text[b:e].decode() == r["text"], (r["index"], r["text"])
    assert r["date"] == "2024-05-17"
    for t in r["tokens"]:
        tb, te = t["span"]
        assert text[tb:te].decode() == t["form"], t
forms = [t["form"] for t in rows[0]["tokens"]]
i = forms.index("Putin")
assert forms[i + 1] == "\u2019s", forms[i:i + 2]
assert rows[0]["text"].startswith("Russian President Vladimir Putin")
assert rows[-1]["text"].endswith("against Western powers.")
print("example article: 24 sentences, spans verified")
PY
