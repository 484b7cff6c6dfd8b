#!/usr/bin/env bash
# The default dictionaries load without errors and pass every self-test; the PETRARCH-2 sets
# (read from ../shared when present) load without errors.
set -uo pipefail
entente=$1
root=$2
fail=0
out=$("$entente" dict check --dict "$root/data/dictionaries" 2>&1) || { echo "$out" | tail -30; fail=1; }
echo "$out" | grep -E "self-tests:|errors," | tail -2
echo "$out" | grep -q "self-tests: [0-9]* run, [0-9]* passed" || { echo "FAIL: self-tests did not run"; fail=1; }
for set in phoenix-dict validation-dict; do
  dir=$root/../shared/peers/petrarch2/$set
  if [[ -d $dir ]]; then
    "$entente" dict check --petrarch-dict "$dir" >/tmp/entente_dict_$$.txt 2>&1 || { tail -20 /tmp/entente_dict_$$.txt; fail=1; }
    grep "errors," /tmp/entente_dict_$$.txt | sed "s/^/$set: /"
    rm -f /tmp/entente_dict_$$.txt
  else
    echo "SKIP $set: ../shared is absent"
  fi
done
exit $fail
