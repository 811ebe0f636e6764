#!/usr/bin/env bash
# Renders a sweep's report.html in headless Chromium as a district office would open it, and
# fails when the page does not render: a screenshot (1280 px, and 420 px for a phone) is
# missing or blank, or the charts' <svg> elements are not in the rendered DOM.
# Usage: bash Tests/sweep-report-check.sh [DIR]   (no DIR: runs the AP-vs-Team-Lead sample sweep
#        with a small step budget first; CADRE=path overrides the binary; SHOT=path keeps the
#        screenshot, default DIR/report.png, and its -420.png twin at phone width). Installs
#        Debian's chromium when it is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "sweep-report-check: installing chromium (apt-get)"
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1
  browser=$(command -v chromium || true)
  [ -n "$browser" ] || { echo "FAIL: chromium is not available"; exit 2; }
fi
dir=${1:-}
if [ -z "$dir" ]; then
  if [ -z "${CADRE:-}" ]; then
    swift build --product cadre >/dev/null || exit 1
    CADRE="$(swift build --show-bin-path)/cadre"
  fi
  dir=$(mktemp -d)/ap-vs-team-lead
  "$CADRE" sweep Samples/sweeps/ap-vs-team-lead.json --out "$dir" --step-limit 20000 \
    --calendar-step-limit 2000 --quiet
  code=$?
  [ "$code" -eq 0 ] || { echo "FAIL: the sample sweep exited $code"; exit 1; }
fi
report="$(cd "$dir" && pwd)/report.html"
[ -s "$report" ] || { echo "FAIL: $report is missing"; exit 1; }
shot=${SHOT:-$dir/report.png}
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400)
rm -f "$shot"
"$browser" "${flags[@]}" --screenshot="$shot" "file://$report" >/dev/null 2>&1
# Distinct colours in a sample of a PNG's pixels (blank means one colour everywhere); with a
# second argument Y0:Y1, only the rows between those fractions of the height.
colours_of() { python3 Tests/png-colours.py "$@"; }
fail=0
# Wide (a desktop) and narrow (a 420 px phone): the charts scale to the column but not below
# 70%, so at 420 px they must still be there and drawn (many colours in the charts' band).
shot_narrow=${shot%.png}-420.png
rm -f "$shot_narrow"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=420,2400 \
  --screenshot="$shot_narrow" "file://$report" >/dev/null 2>&1
for s in "$shot" "$shot_narrow"; do
  if [ ! -s "$s" ]; then
    echo "FAIL: no screenshot $s"
    fail=1
    continue
  fi
  colours=$(colours_of "$s")
  if [ "${colours:-0}" -lt 8 ]; then
    echo "FAIL: the screenshot $s is blank ($colours colours)"
    fail=1
  else
    echo "ok   screenshot $s ($colours colours)"
  fi
done
if [ -s "$shot_narrow" ]; then
  # At 420 px the cost chart and the observation chart fill roughly the 15-75% band of a
  # 2400 px tall shot: points in several school colours, grid, axes and the heat maps' cells.
  band=$(colours_of "$shot_narrow" 0.15:0.75)
  if [ "${band:-0}" -lt 12 ]; then
    echo "FAIL: the charts at 420 px are blank ($band colours where they should be)"
    fail=1
  else
    echo "ok   charts drawn at 420 px ($band colours in the charts' band)"
  fi
fi
dom=$("$browser" "${flags[@]}" --dump-dom "file://$report" 2>/dev/null)
svgs=$(grep -o '<svg ' <<<"$dom" | wc -l)
for title in "Yearly cost against teacher-leader release" "Observations scheduled against span" \
  "Feasible scenarios"; do
  grep -q "$title" <<<"$dom" || { echo "FAIL: chart '$title' not in the rendered page"; fail=1; }
done
if [ "$svgs" -lt 3 ]; then
  echo "FAIL: $svgs <svg> elements in the rendered DOM, expected at least 3"
  fail=1
else
  echo "ok   $svgs charts (<svg>) in the rendered DOM"
fi
circles=$(grep -o '<circle ' <<<"$dom" | wc -l)
[ "$circles" -gt 4 ] || { echo "FAIL: the scatter plots have no points"; fail=1; }
exit $fail
