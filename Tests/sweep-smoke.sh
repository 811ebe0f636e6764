#!/usr/bin/env bash
# `cadre sweep` as a user runs it: both sample sweeps end to end, a 2-shard split merged and
# compared byte for byte with the single run, and a sweep killed mid-run that resumes without
# redoing finished scenarios. Small step budgets keep it near a minute on the debug build.
# Usage: bash Tests/sweep-smoke.sh   (uses .build/debug/cadre, built if missing; CADRE overrides)
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CADRE:-}" ]; then
  swift build --product cadre >/dev/null || exit 1
  CADRE="$(swift build --show-bin-path)/cadre"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
small=(--step-limit 2000 --calendar-step-limit 0)

check() { # check DESCRIPTION WANT GOT
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: got '$3', expected '$2'"; fail=1; fi
}

for name in denver-pilot ap-vs-team-lead; do
  "$CADRE" sweep "Samples/sweeps/$name.json" --out "$tmp/$name" "${small[@]}" \
    >"$tmp/$name.out" 2>"$tmp/$name.err"
  check "sweep $name exits 0" 0 $?
  for f in results.csv results.md report.html manifest.json; do
    [ -s "$tmp/$name/$f" ] || { echo "FAIL $name: $f missing"; fail=1; }
  done
  want=$(python3 -c "import json;print(len(json.load(open('$tmp/$name/manifest.json'))['scenarios']))")
  check "$name: one record per scenario" "$want" "$(ls "$tmp/$name/scenarios" | wc -l)"
  check "$name: one CSV row per scenario" "$want" "$(($(wc -l <"$tmp/$name/results.csv") - 1))"
  grep -q '^| 1 |' "$tmp/$name.out" || { echo "FAIL $name: no Markdown table printed"; fail=1; }
done
check "denver-pilot has 18 scenarios" 18 "$(ls "$tmp/denver-pilot/scenarios" | wc -l)"

# Shards: 2 slices merged equal the single run.
for i in 1 2; do
  "$CADRE" sweep Samples/sweeps/denver-pilot.json --out "$tmp/shard$i" --shard "$i/2" \
    "${small[@]}" --quiet
  check "shard $i/2 exits 0" 0 $?
done
check "shard 1/2 holds 9 scenarios" 9 "$(ls "$tmp/shard1/scenarios" | wc -l)"
"$CADRE" sweep merge "$tmp/shard1" "$tmp/shard2" --out "$tmp/merged" --quiet
check "merge exits 0" 0 $?
cmp "$tmp/merged/results.csv" "$tmp/denver-pilot/results.csv" && echo "ok   merged results.csv == single run" || fail=1
cmp "$tmp/merged/report.html" "$tmp/denver-pilot/report.html" && echo "ok   merged report.html == single run" || fail=1
"$CADRE" sweep merge "$tmp/shard1" --out "$tmp/half" --quiet 2>/dev/null
check "merge with a shard missing exits 2" 2 $?
"$CADRE" sweep merge "$tmp/shard1" "$tmp/ap-vs-team-lead" --out "$tmp/bad" --quiet 2>/dev/null
check "merge of different sweeps exits 65" 65 $?

# Kill mid-run, then resume: finished scenarios are skipped, the result equals the full run.
"$CADRE" sweep Samples/sweeps/denver-pilot.json --out "$tmp/killed" "${small[@]}" --threads 1 \
  --quiet &
pid=$!
for _ in $(seq 1 200); do
  [ "$(ls "$tmp/killed/scenarios" 2>/dev/null | wc -l)" -ge 3 ] && break
  sleep 0.1
done
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
done_before=$(ls "$tmp/killed/scenarios" | wc -l)
if [ "$done_before" -ge 18 ] || [ "$done_before" -lt 1 ]; then
  echo "FAIL kill: $done_before scenarios finished before the kill"
  fail=1
fi
"$CADRE" sweep Samples/sweeps/denver-pilot.json --out "$tmp/killed" "${small[@]}" \
  >"$tmp/resume.out" 2>&1
check "resume exits 0" 0 $?
skipped=$(sed -n 's/.*skipped \([0-9]*\) already finished.*/\1/p' "$tmp/resume.out")
check "resume skips the $done_before finished scenarios" "$done_before" "$skipped"
cmp "$tmp/killed/results.csv" "$tmp/denver-pilot/results.csv" && echo "ok   resumed results.csv == single run" || fail=1

# Ctrl-C keeps what finished and exits 2 (incomplete).
"$CADRE" sweep Samples/sweeps/denver-pilot.json --out "$tmp/int" "${small[@]}" --threads 1 --quiet &
pid=$!
for _ in $(seq 1 200); do
  [ "$(ls "$tmp/int/scenarios" 2>/dev/null | wc -l)" -ge 2 ] && break
  sleep 0.1
done
kill -INT "$pid"
wait "$pid"
code=$?
n=$(ls "$tmp/int/scenarios" | wc -l)
if [ "$n" -lt 18 ]; then check "interrupted sweep exits 2" 2 "$code"; fi

# Usage and input errors.
"$CADRE" sweep Samples/sweeps/denver-pilot.json 2>/dev/null
check "sweep without --out exits 64" 64 $?
"$CADRE" sweep Samples/sweeps/denver-pilot.json --out "$tmp/x" --shard 3/2 2>/dev/null
check "bad --shard exits 64" 64 $?
echo '{"format": "cadre-sweep/1", "name": "x", "schools": [], "axes": {"span": [0]}}' >"$tmp/bad.json"
"$CADRE" sweep "$tmp/bad.json" --out "$tmp/x" 2>"$tmp/bad.err"
check "invalid sweep file exits 65" 65 $?
grep -q "/axes/span/0" "$tmp/bad.err" || { echo "FAIL: no pointer in the error"; fail=1; }

[ "$fail" -eq 0 ] && echo "sweep smoke: all passed" || echo "sweep smoke: FAILED"
exit $fail
