#!/usr/bin/env bash
# Output folders and signals as a batch system meets them (docs/RELIABILITY.md): empty or
# unusable --out refused before any work, SIGTERM/SIGINT in any phase give exit 4 and a whole
# run, SIGKILL at any moment leaves the previous complete run or the new complete run, and
# nothing is written outside --out.
# Usage: bash Tests/reliability.sh   (CADRE=path to a built cadre; default: the release build)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ -z "${CADRE:-}" ]; then
  swift build -c release --product cadre >/dev/null || exit 1
  CADRE="$(swift build -c release --show-bin-path)/cadre"
fi
CADRE=$(realpath "$CADRE")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pass=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
small="$root/Samples/small-ab-week.json"
big="$root/Samples/typical-elementary-54.json"
check_folder() { python3 "$root/Tests/out-folder-check.py" "$@"; }

# --- Refused before any work, nothing written.
mkdir "$tmp/cwd" && cd "$tmp/cwd"
"$CADRE" solve "$small" --out "" --quiet 2>"$tmp/err"
[ $? -eq 64 ] && [ -z "$(ls -A)" ] && ok "--out \"\" is a usage error and writes nothing" ||
  bad "--out \"\""
touch afile
"$CADRE" solve "$small" --out afile --quiet 2>"$tmp/err"
[ $? -eq 73 ] && grep -q "out-not-a-folder" "$tmp/err" && ok "--out naming a file: 73 at once" ||
  bad "--out file"
"$CADRE" solve "$small" --out afile/sub --quiet 2>"$tmp/err"
code=$?
[ $code -eq 73 ] && ! grep -q "NSCocoaErrorDomain" "$tmp/err" &&
  ok "--out file/sub says why in words" || bad "--out file/sub: exit $code, $(cat "$tmp/err")"
mkdir mine && echo "keep me" >mine/notes.txt
"$CADRE" solve "$small" --out mine --quiet 2>"$tmp/err"
[ $? -eq 73 ] && [ "$(cat mine/notes.txt)" = "keep me" ] && [ "$(ls -A mine)" = "notes.txt" ] &&
  ok "a folder of someone else's files is refused and untouched" || bad "foreign folder"
"$CADRE" solve "$small" --out / --quiet 2>"$tmp/err"
[ $? -eq 73 ] && ok "--out / is refused" || bad "--out /"
"$CADRE" sweep "$root/Samples/sweeps/denver-pilot.json" --out "" --quiet 2>"$tmp/err"
[ $? -eq 64 ] && [ "$(ls -A | sort | tr '\n' ' ')" = "afile mine " ] &&
  ok "sweep --out \"\" is a usage error" || bad "sweep --out \"\""
"$CADRE" sweep "$root/Samples/sweeps/denver-pilot.json" --out afile --quiet 2>"$tmp/err"
[ $? -eq 73 ] && ok "sweep --out naming a file: 73 before any scenario" || bad "sweep --out file"

# --- A complete run, then a second one into the same folder: only --out is touched.
"$CADRE" solve "$small" --out out --step-limit 20000 --quiet
[ $? -eq 0 ] && check_folder out && ok "a run leaves one complete, verified folder" ||
  bad "first run"
"$CADRE" solve "$small" --out out --step-limit 30000 --seed 2 --quiet
[ $? -eq 0 ] && check_folder out && ok "a second run replaces it whole" || bad "second run"
[ "$(ls -A | sort | tr '\n' ' ')" = "afile mine out " ] &&
  ok "nothing written outside --out (no staging folder left)" || bad "stray files: $(ls -A)"

# --- SIGTERM and SIGINT stop the run in every phase with exit 4 and a whole folder.
for sig in TERM INT; do
  for delay in 0.3 1 2 4; do
    "$CADRE" solve "$big" --out "sig-$sig-$delay" --time-limit 30 --quiet 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -s "$sig" "$pid"
    wait "$pid"
    code=$?
    if [ $code -eq 4 ] && check_folder "sig-$sig-$delay" --expect-interrupted; then
      ok "SIG$sig after ${delay}s: exit 4, the best result written whole"
    elif [ $code -eq 4 ] && [ ! -e "sig-$sig-$delay" ]; then
      ok "SIG$sig after ${delay}s (before the search): exit 4, nothing written"
    else
      bad "SIG$sig after ${delay}s: exit $code"
    fi
  done
done

# The same in the calendar phase: a search cut short by a small step limit, then a calendar
# with 300 observations per teacher, which takes the planner about a second here. A machine
# fast enough to finish first is told, not failed.
python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
for q in d['policy']['observations']: q['perYear'] = 300
json.dump(d, open(sys.argv[2], 'w'))" "$big" busy-calendar.json
for sig in TERM INT; do
  "$CADRE" solve busy-calendar.json --out "cal-$sig" --step-limit 2000 --time-limit 30 \
    --quiet 2>/dev/null &
  pid=$!
  sleep 0.6
  if kill -s "$sig" "$pid" 2>/dev/null; then
    wait "$pid"
    code=$?
    if [ $code -eq 4 ] && check_folder "cal-$sig" --expect-interrupted; then
      ok "SIG$sig while planning the calendar: exit 4, the calendar so far written whole"
    elif check_folder "cal-$sig" && [ "$(python3 -c "import json; print(json.load(open('cal-$sig/manifest.json'))['exitCode'])")" = "$code" ]; then
      # A slow machine: the signal came after the manifest, so the run had finished.
      echo "skip SIG$sig in the calendar phase: the run was written before the signal (exit $code)"
    else
      bad "SIG$sig in the calendar phase: exit $code"
    fi
  else
    wait "$pid"
    echo "skip SIG$sig in the calendar phase: the run finished within 0.6 s"
  fi
done

# --- SIGKILL at any moment: the previous complete run or the new complete run, never a mix.
cp -r out kill-previous
for i in $(seq 1 16); do
  delay=$(python3 -c "import random; random.seed($i); print(round(random.uniform(0.02, 0.8), 2))")
  "$CADRE" solve "$small" --out out --step-limit 60000 --seed "$i" --quiet 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if check_folder out; then
    ok "SIGKILL after ${delay}s: a complete run ($(python3 -c "import json; print('seed', json.load(open('out/manifest.json'))['seed'])"))"
  else
    bad "SIGKILL after ${delay}s left a mixed folder"
  fi
done
"$CADRE" solve "$small" --out out --step-limit 20000 --quiet
leftover=$(ls -A | grep -c '\.cadre-' || true)
[ "$leftover" -eq 0 ] && ok "the next run removes killed runs' staging folders" ||
  bad "$leftover staging folders left"

# --- Hostile inputs are refused within ten times their size in memory.
cd "$root"
if python3 Tests/memory-check.py "$CADRE" "$tmp" 8; then
  ok "peak memory on hostile inputs at most 10x their size"
else
  bad "peak memory on hostile inputs"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
