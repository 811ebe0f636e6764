#!/usr/bin/env bash
# Renders the printable timetables of a solve (html/) in headless Chromium, as a school office
# would open and print them, and fails when they do not render or do not print one page each:
#   - screenshots of the index and of one teacher, class, room and leader page are not blank
#     (more than a few colours) and the rendered DOM holds the expected cells: the owner's name,
#     both weeks of the A/B cycle, lunch, a lesson of schedule.json by class and subject, and on
#     the leader's page observation windows and common planning;
#   - every all-*.html prints (A4 and Letter, landscape) to exactly one PDF page per timetable.
# Usage: bash Tests/html-check.sh [DIR]   (no DIR: solves Samples/small-ab-week.json first;
#        CADRE=path overrides the binary; SHOTS=dir keeps the screenshots and PDFs, default a
#        temporary folder, printed; DIR itself is only read, so it stays a Cadre output folder).
# Installs Debian's chromium and poppler-utils when missing; skips (exit 0) with a message when
# they cannot be installed.
set -uo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] || ! command -v pdfinfo >/dev/null; then
  echo "html-check: installing chromium and poppler-utils (apt-get)"
  (apt-get update -qq && apt-get install -y -qq chromium poppler-utils) >/dev/null 2>&1
  browser=$(command -v chromium || command -v chromium-browser || true)
fi
if [ -z "$browser" ]; then
  echo "SKIP html-check: chromium is not installed and could not be installed"
  exit 0
fi
school=Samples/small-ab-week.json
dir=${1:-}
if [ -z "$dir" ]; then
  if [ -z "${CADRE:-}" ]; then
    swift build --product cadre >/dev/null || exit 1
    CADRE="$(swift build --show-bin-path)/cadre"
  fi
  dir=$(mktemp -d)/small-ab-week
  "$CADRE" solve "$school" --out "$dir" --step-limit 200000 --quiet
  code=$?
  [ "$code" -eq 0 ] || { echo "FAIL: the sample solve exited $code"; exit 1; }
fi
dir=$(cd "$dir" && pwd)
html="$dir/html"
[ -s "$html/index.html" ] || { echo "FAIL: $html/index.html is missing"; exit 1; }
work=$(mktemp -d)
shots=${SHOTS:-$work/shots}
mkdir -p "$shots"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars)
fail=0

# colours PNG: distinct colours in a sample of the pixels (a blank page has one or two).
colours() { python3 Tests/png-colours.py "$@"; }

# The pages to look at and the strings their rendered DOM must hold (from the school and
# schedule, not from the HTML): one line per page, "path<TAB>string<TAB>string...".
python3 - "$school" "$dir/schedule.json" >"$work/expect.tsv" <<'PY'
import json, sys
school, schedule = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
name = lambda items, i: next((x.get("name") or x["id"] for x in items if x["id"] == i), i)
lessons = {l["id"]: l for l in school["lessons"]}
t = school["teachers"][1]["id"]
k = school["classes"][0]["id"]
r = school["rooms"][0]["id"]
leader = school["leadership"]["leaders"][0]["id"]
def lesson_of(pred):
    m = next(m for m in schedule["meetings"] if pred(m))
    return lessons[m["lesson"]]
lt = lesson_of(lambda m: m.get("teacher") == t)
lk = lesson_of(lambda m: lessons[m["lesson"]]["class"] == k)
lr = lesson_of(lambda m: m.get("room") == r)
base = ["Week A", "Week B", "Lunch", "08:00"]
rows = [
    ("index.html", [school["name"], name(school["teachers"], t), name(school["classes"], k)]),
    (f"teachers/{t}.html", [name(school["teachers"], t), t, name(school["classes"], lt["class"]),
                            lt["subject"]] + base),
    (f"classes/{k}.html", [name(school["classes"], k), lk["subject"]] + base),
    (f"rooms/{r}.html", [name(school["rooms"], r), name(school["classes"], lr["class"])] + base),
    (f"leaders/{leader}.html", [name(school["leadership"]["leaders"], leader), "Observe",
                                "Common planning", "observation windows"] + base),
]
for path, strings in rows:
    print("\t".join([path] + strings))
PY
while IFS=$'\t' read -r page strings; do
  shot="$shots/$(echo "$page" | tr '/' '-' | sed 's/\.html$//').png"
  rm -f "$shot"
  "$browser" "${flags[@]}" --window-size=1280,1000 --screenshot="$shot" "file://$html/$page" \
    >/dev/null 2>&1
  if [ ! -s "$shot" ]; then
    echo "FAIL $page: no screenshot"
    fail=1
    continue
  fi
  n=$(colours "$shot")
  if [ "${n:-0}" -lt 8 ]; then
    echo "FAIL $page: the screenshot is blank ($n colours)"
    fail=1
  fi
  dom=$("$browser" "${flags[@]}" --dump-dom "file://$html/$page" 2>/dev/null)
  missing=()
  IFS=$'\t' read -r -a want <<<"$strings"
  for s in "${want[@]}"; do
    esc=$(python3 -c 'import html,sys; print(html.escape(sys.argv[1]))' "$s")
    grep -qF -- "$esc" <<<"$dom" || missing+=("$s")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "FAIL $page: not in the rendered page: ${missing[*]}"
    fail=1
  else
    echo "ok   $page: $shot ($n colours; ${#want[@]} expected strings)"
  fi
done <"$work/expect.tsv"

# pages PDF: the page count (pdfinfo, or the PDF's own /Type /Page objects without poppler).
pages() {
  if command -v pdfinfo >/dev/null; then
    pdfinfo "$1" | awk '/^Pages:/ {print $2}'
  else
    grep -a -c '/Type /Page\b' "$1"
  fi
}
for kind in teachers classes rooms leaders; do
  src="$html/all-$kind.html"
  sheets=$(grep -c '<section class="sheet' "$src")
  for paper in A4 letter; do
    copy="$work/print-$kind-$paper.html"
    pdf="$shots/all-$kind-$paper.pdf"
    # The page says "landscape" and lets the printer choose the paper; pin it here.
    sed "s|@page{size:landscape;|@page{size:$paper landscape;|" "$src" >"$copy"
    rm -f "$pdf"
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$copy" \
      >/dev/null 2>&1
    got=$(pages "$pdf" 2>/dev/null)
    if [ "${got:-0}" -eq "$sheets" ] && [ "$sheets" -gt 0 ]; then
      echo "ok   all-$kind.html on $paper: $got pages for $sheets timetables"
    else
      echo "FAIL all-$kind.html on $paper: ${got:-no} pages for $sheets timetables"
      fail=1
    fi
  done
done
exit $fail
