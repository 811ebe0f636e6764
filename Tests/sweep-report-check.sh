#!/usr/bin/env bash
# Renders a sweep's report.html in headless Chromium as a district office would open it, and
# fails when the page does not render: the screenshot is missing or blank, or the charts'
# <svg> elements are not in the rendered DOM.
# Usage: bash Tests/sweep-report-check.sh [DIR]   (no DIR: runs the AP-vs-Team-Lead sample sweep
#        with a small step budget first; CADRE=path overrides the binary; SHOT=path keeps the
#        screenshot, default DIR/report.png). Installs Debian's chromium when it is missing.
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
fail=0
if [ ! -s "$shot" ]; then
  echo "FAIL: no screenshot"
  fail=1
else
  # Blank means one colour everywhere: count distinct colours in a sample of the pixels.
  colours=$(python3 - "$shot" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
pos, idat, w, h = 8, b"", 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        bpp = {2: 3, 6: 4}.get(ctype, 4)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = w * bpp
seen, prev, row = set(), bytearray(stride), 0
for y in range(h):
    f = raw[row]
    line = bytearray(raw[row + 1:row + 1 + stride])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 8 == 0:
        for x in range(0, w, 8):
            seen.add(bytes(line[x * bpp:x * bpp + 3]))
    prev, row = line, row + 1 + stride
print(len(seen))
PY
)
  if [ "${colours:-0}" -lt 8 ]; then
    echo "FAIL: the screenshot is blank ($colours colours)"
    fail=1
  else
    echo "ok   screenshot $shot ($colours colours)"
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
