#!/usr/bin/env bash
# Done-when check on the example article: CHN -> RUS is cooperation (positive mean Goldstein,
# root 06 among the top roots), and the network puts CHN and RUS in one bloc opposite WST/USA.
set -euo pipefail
entente=$1
root=$2
seed=$root/../shared/eval/seed.expect.jsonl
if [[ ! -f $seed ]]; then
  echo "SKIP: $seed not found (../shared is absent in this clone)"
  exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$entente" ingest -q --db "$dir/seed.db" "$seed" 2>/dev/null
"$entente" relations --db "$dir/seed.db" CHN RUS
"$entente" relations --db "$dir/seed.db" CHN RUS --json >"$dir/rel.json"
"$entente" network --db "$dir/seed.db"
"$entente" network --db "$dir/seed.db" --format json >"$dir/net.json"
python3 - "$dir/rel.json" "$dir/net.json" <<'PY'
import json, sys
rel = json.load(open(sys.argv[1]))
f = rel["forward"]
assert f["events"] > 0 and f["goldstein_mean"] > 0, f
top = [r["code"] for r in f["roots"][:3]]
assert "06" in top, top
net = json.load(open(sys.argv[2]))
bloc = {n["id"]: n["bloc"] for n in net["nodes"]}
assert bloc.get("CHN") is not None and bloc.get("CHN") == bloc.get("RUS"), bloc
west = [a for a in ("WST", "USA") if a in bloc]
assert west, "neither WST nor USA in the network: %s" % bloc
assert all(bloc[a] != bloc["CHN"] for a in west), bloc
print("ok: CHN-RUS mean Goldstein %+.2f, top roots %s; blocs %s" % (f["goldstein_mean"], top, net["blocs"]))
PY
