#!/usr/bin/env bash
# Bad input gets a clear message with file:line, loses nothing, and is accounted for.
set -uo pipefail
entente=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0; passed=0

# expect NAME WANT_RC STDERR_SUBSTRING... -- COMMAND...
expect() {
  local name=$1 want_rc=$2; shift 2
  local needles=()
  while [[ $1 != -- ]]; do needles+=("$1"); shift; done
  shift
  "$@" >"$dir/out" 2>"$dir/err"
  local rc=$?
  local ok=1
  [[ $rc == "$want_rc" ]] || { echo "FAIL $name: exit $rc, want $want_rc"; ok=0; }
  for n in "${needles[@]}"; do
    grep -qF -- "$n" "$dir/err" || { echo "FAIL $name: stderr lacks: $n"; ok=0; }
  done
  if [[ $ok == 1 ]]; then passed=$((passed + 1)); else fail=$((fail + 1)); sed 's/^/  | /' "$dir/err" | head -20; fi
}
lines() { wc -l <"$dir/out" | tr -d ' '; }

# Invalid UTF-8 in a text file: repaired, reported with document id and byte offset.
printf 'Russia attacked Ukraine.\nKyiv said \xff\xfe it would respond.\n' >"$dir/bad-utf8.txt"
expect invalid_utf8 0 "bad-utf8.txt" "document bad-utf8: invalid UTF-8 at byte offset 35" \
  "1 processed" "1 with invalid UTF-8 repaired" -- "$entente" segment "$dir/bad-utf8.txt"
grep -q $'\xef\xbf\xbd' "$dir/out" || { echo "FAIL invalid_utf8: no U+FFFD in output"; fail=$((fail+1)); }

# A binary file is refused with a clear message, and counted.
head -c 4096 /dev/urandom >"$dir/blob.txt"; printf '\0' >>"$dir/blob.txt"
expect binary 1 "blob.txt" "binary file" "1 skipped (binary file: 1)" -- "$entente" segment "$dir/blob.txt"

# Empty and whitespace-only documents are skipped with a reason.
: >"$dir/empty.txt"
printf ' \n\t\n' >"$dir/blank.txt"
expect empty 1 "empty text" "2 document(s) read, 0 processed" "skipped (empty text: 2)" \
  -- "$entente" segment "$dir/empty.txt" "$dir/blank.txt"

# A UTF-8 byte order mark is not text: the first token starts right after it.
printf '\xef\xbb\xbfChina condemned the sanctions.' >"$dir/bom.txt"
expect bom 0 "1 processed" -- "$entente" segment "$dir/bom.txt"
grep -q '"form":"China","span":\[0,5\]' "$dir/out" || { echo "FAIL bom: first token span"; fail=$((fail+1)); }

# CRLF line endings: carriage returns are whitespace, never inside tokens or sentence text.
printf 'Putin visited China.\r\nXi welcomed him.\r\n' >"$dir/crlf.txt"
expect crlf 0 "1 processed (2 sentences)" -- "$entente" segment "$dir/crlf.txt"
grep -q '\\r' "$dir/out" && { echo "FAIL crlf: carriage return in output"; fail=$((fail+1)); }

# UTF-16 is refused with advice.
printf '\xff\xfeR\0u\0' >"$dir/utf16.txt"
expect utf16 1 "UTF-16" "convert to UTF-8" -- "$entente" segment "$dir/utf16.txt"

# JSON Lines: a malformed line and a line without text are reported as file:line; the rest goes on.
cat >"$dir/mixed.jsonl" <<'JSONL'
{"id": "a1", "date": "2024-05-17", "text": "Putin visited China."}
{"id": "a2", "date": "2024-05-17", "text": "Broken line
{"id": "a3", "date": "2024-05-18"}
{"date": "2024-05-18", "text": "No id here."}
{"id": 7, "date": "not a date", "text": "Xi met Putin."}
[1, 2, 3]

{"id": "a5", "date": "2024-05-19", "text": "China condemned Western sanctions."}
JSONL
expect jsonl 1 "mixed.jsonl:2: malformed JSON" "mixed.jsonl:3: missing text" \
  "mixed.jsonl:4: missing id" "mixed.jsonl:5: bad date" "mixed.jsonl:6: malformed JSON" \
  "7 document(s) read, 3 processed" "4 skipped" -- "$entente" segment "$dir/mixed.jsonl"
[[ $(lines) == 3 ]] || { echo "FAIL jsonl: want 3 sentences, got $(lines)"; fail=$((fail+1)); }
grep -q '"doc_id":"7"' "$dir/out" || { echo "FAIL jsonl: integer id"; fail=$((fail+1)); }

# Standard input.
expect stdin 0 "1 processed" -- bash -c "echo '{\"id\":\"s\",\"text\":\"Iran protested.\"}' | '$entente' segment -"

# A 10 MB line: processed within the default limits (sentences cut and reported)...
python3 -c "
import json
text = ('Russia and China held talks in Beijing on trade and energy ' * 170000)[:10_000_000]
print(json.dumps({'id': 'huge', 'date': '2024-01-01', 'text': text}))" >"$dir/huge.jsonl"
expect huge_line 0 "over-long sentence(s) cut" "1 processed" -- "$entente" segment "$dir/huge.jsonl"
# ...and skipped with the reason when over --max-doc-bytes, without loading it.
expect huge_line_limit 1 "huge.jsonl:1: document too large" "over --max-doc-bytes 1000000" \
  -- "$entente" segment --max-doc-bytes 1000000 "$dir/huge.jsonl"

# A missing file is reported and counted; other inputs still run.
expect missing 1 "nope.txt: unreadable input (no such file or directory)" "2 document(s) read, 1 processed" \
  -- "$entente" segment "$dir/nope.txt" "$dir/crlf.txt"

# Undated text documents say so instead of inventing a date.
expect undated 0 "no date" -- "$entente" segment "$dir/crlf.txt"
grep -q '"date":null' "$dir/out" || { echo "FAIL undated: want \"date\":null"; fail=$((fail+1)); }

# HTML: visible text only, title and date from the page.
cat >"$dir/page.html" <<'HTML'
<html><head><title>Putin visits China</title>
<meta property="article:published_time" content="2024-05-16T08:00:00Z">
<script>var x = "not text";</script><style>p {color: red}</style></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Putin visits China</h1><p>Russian President Vladimir Putin arrived in Beijing.</p>
<p>Xi Jinping welcomed him.</p></article><footer>Copyright</footer></body></html>
HTML
expect html 0 "1 processed (3 sentences)" -- "$entente" segment "$dir/page.html"
grep -q '"date":"2024-05-16"' "$dir/out" || { echo "FAIL html: date"; fail=$((fail+1)); }
grep -qE 'not text|Copyright|Sport' "$dir/out" && { echo "FAIL html: hidden text leaked"; fail=$((fail+1)); }

# Bad flags are usage errors.
expect bad_date_flag 2 "want YYYY-MM-DD" -- "$entente" segment --date 2024-13-01 "$dir/crlf.txt"

echo "$passed passed, $fail failed"
[[ $fail == 0 ]]
