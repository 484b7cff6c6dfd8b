#!/usr/bin/env bash
# `entente eval petrarch` on PETRARCH-2's unit-test records (read from ../shared, never copied
# into the repository): the match rate must not fall below what the coder reached when this test
# was written (54.5% from text, 36.5% from the given parses), less a small margin.
# Usage: eval_petrarch_test.sh ENTENTE SOURCE_DIR. Exit 77 (skipped) without ../shared.
set -u
entente="$1"
peers="$2/../shared/peers/petrarch2"
if [[ ! -f "$peers/PETR.UnitTest.records.xml" || ! -d "$peers/validation-dict" ]]; then
  echo "skipped: $peers not present"
  exit 77
fi
check() {  # check MIN_PERCENT [flags...]
  local min="$1"
  shift
  local line
  line=$("$entente" eval petrarch "$peers/PETR.UnitTest.records.xml" \
    --petrarch-dict "$peers/validation-dict" -q "$@" | tail -n 1)
  echo "$* $line"
  local pct
  pct=$(sed -n 's/^validation: [0-9]* of [0-9]* records match (\([0-9.]*\)%)$/\1/p' <<<"$line")
  if [[ -z "$pct" ]]; then
    echo "FAIL: no 'validation:' line"
    return 1
  fi
  if ! awk -v p="$pct" -v m="$min" 'BEGIN { exit !(p >= m) }'; then
    echo "FAIL: $pct% < $min%"
    return 1
  fi
}
status=0
check 52 || status=1
check 34 --given-parse || status=1
exit $status
