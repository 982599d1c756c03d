#!/usr/bin/env bash
# Quality gate: extracts the evaluation datasets in ../shared with the example
# binary and scores them with the reference scorer. Fails when a figure is
# below its floor. Floors only go up: raise them when quality rises.
#
#   scripts/quality.sh            # score and enforce the floors
#   OUT=/tmp/q scripts/quality.sh # keep the JSON Lines and reports in /tmp/q
set -euo pipefail
cd "$(dirname "$0")/.."

# Floors (word-F1, mean over pages).
WCXB_FLOOR=0.882
READABILITY_FLOOR=0.933
# Other figures of the same reports: "<report> <label> <floor>", the value
# being the number after <label> in the report. Page-type accuracy is
# in-sample (the model is trained on WCXB dev): its floor catches a measure
# changed without retraining. "on" reads "verdict 'article' on <share>"
# of all pages, those with an empty ground truth included (rounded; the
# exact 0.5% bound on content pages is checked below).
FIGURES="
wcxb title 0.813
wcxb author 0.799
wcxb date 0.882
wcxb accuracy 0.962
wcxb kept 0.832
wcxb dropped 0.938
wcxb on 0.990
readability title 0.775
readability author 0.745
readability excerpt 0.862
readability sitename 0.930
readability lang 0.995
readability date 0.965
"

SHARED=../shared
if [ ! -d "$SHARED/datasets" ] || [ ! -f "$SHARED/eval/score.py" ]; then
  echo "quality gate skipped: $SHARED/datasets or $SHARED/eval/score.py is absent"
  exit 0
fi
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
cargo build --release --quiet --example extract
BIN=target/release/examples/extract

# Readability pages: each case folder's source.html, id = folder name.
"$BIN" --jsonl "$OUT/wcxb.jsonl" "$SHARED/datasets/wcxb-dev/html"
"$BIN" --jsonl "$OUT/readability.jsonl" "$SHARED"/datasets/readability-pages/*/source.html

python3 "$SHARED/eval/score.py" wcxb "$SHARED/datasets/wcxb-dev/ground-truth" "$OUT/wcxb.jsonl" | tee "$OUT/wcxb.txt"
python3 "$SHARED/eval/score.py" readability "$SHARED/datasets/readability-pages" "$OUT/readability.jsonl" | tee "$OUT/readability.txt"

check() { # name report floor
  local f1
  f1=$(tail -n 1 "$2" | awk '{print $3}')
  if python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$3') else 1)"; then
    echo "quality gate: $1 word-F1 $f1 >= floor $3"
  else
    echo "quality gate FAILED: $1 word-F1 $f1 < floor $3"
    return 1
  fi
}
figure() { # report label floor
  local v
  v=$(grep -o "\b$2 [0-9][0-9.]*" "$OUT/$1.txt" | head -n 1 | awk '{print $NF}')
  if [ -n "$v" ] && python3 -c "import sys; sys.exit(0 if float('$v') >= float('$3') else 1)"; then
    echo "quality gate: $1 $2 $v >= floor $3"
  else
    echo "quality gate FAILED: $1 $2 '${v}' < floor $3"
    return 1
  fi
}
status=0
check wcxb "$OUT/wcxb.txt" "$WCXB_FLOOR" || status=1
check readability "$OUT/readability.txt" "$READABILITY_FLOOR" || status=1
while read -r report label floor; do
  [ -n "$report" ] || continue
  figure "$report" "$label" "$floor" || status=1
done <<< "$FIGURES"
# Issue 7's bound, exactly (the report rounds the share): at most 0.5% of
# WCXB dev's content pages get a verdict other than article. A content page
# is one whose ground truth holds text: on the pages whose ground truth is
# empty (script shells, a footer and nothing else) `empty` is the right verdict.
if python3 - "$OUT/wcxb.jsonl" "$SHARED/datasets/wcxb-dev/ground-truth" <<'PY'
import json, os, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
def has_content(page_id):
    with open(os.path.join(sys.argv[2], page_id + ".json"), encoding="utf-8") as f:
        return bool((json.load(f)["ground_truth"].get("main_content") or "").strip())
content = [r for r in rows if has_content(r["id"])]
other = sum(1 for r in content if r.get("verdict") != "article")
empty = len(rows) - len(content)
print(f"quality gate: {other} of {len(content)} WCXB content pages not 'article' "
      f"({100 * other / len(content):.2f}%, bound 0.50%; {empty} pages with an empty ground truth not counted)")
sys.exit(0 if other <= 0.005 * len(content) else 1)
PY
then :; else echo "quality gate FAILED: too many WCXB content pages with a verdict other than article"; status=1; fi
exit $status
