#!/usr/bin/env bash
# Cadre against fet-cl on FET's public examples (docs/FET.md "Side by side"). Needs Debian's
# `fet` and `fet-data` (AGPL-3+; installed at test time, never copied into the project) and a
# release build of cadre. Runs one after another: per sample and seed, both solvers under the
# same wall limit, whole-process time and peak memory by /usr/bin/time -v, and both timetables
# scored by Cadre's one checker (`cadre check FILE.fet ACTIVITIES.xml --json`).
#
#   Benchmarks/fet/side-by-side.sh CADRE_BINARY [LIMIT_SECONDS] [SEEDS] [feasible]  > results.tsv
#
# With `feasible`, Cadre stops at its first timetable that breaks no required rule
# (`--stop-at-feasible`), as fet-cl does: the like-for-like whole-process time.
set -u
CADRE=${1:?usage: side-by-side.sh CADRE_BINARY [LIMIT] [SEEDS] [feasible]}
LIMIT=${2:-20}
SEEDS=${3:-5}
STOP=()
[ "${4:-}" = feasible ] && STOP=(--stop-at-feasible)
EX=/usr/share/doc/fet-data/examples/FET-5-official
command -v fet-cl >/dev/null && [ -d "$EX" ] || { echo "fet-cl or fet-data missing: skipped" >&2; exit 0; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
field() { sed -n "s/.*\"$1\" *: *\([^,}]*\).*/\1/p" "$2" | head -1; }
printf 'sample\tsolver\tseed\tseconds\tpeak_kb\tresult\thard\tsoft\n'
for f in Argentina/Horario_ISJ.fet Brazil/1/Brazil.fet Bulgaria/Lom_high_school_2007-2008.fet; do
  name=$(basename "$f" .fet)
  for seed in $(seq 1 "$SEEDS"); do
    # fet-cl: its own seed components from the seed number.
    out=$WORK/fet-$name-$seed
    /usr/bin/time -v -o "$WORK/time" timeout -k 10 "$LIMIT" fet-cl --inputfile="$EX/$f" \
      --outputdir="$out" --timelimitseconds="$LIMIT" --language=en_US \
      --randomseeds10=$seed --randomseeds11=$((seed + 7)) --randomseeds12=$((seed + 13)) \
      --randomseeds20=$((seed + 3)) --randomseeds21=$((seed + 5)) --randomseeds22=$((seed + 11)) \
      >"$WORK/fet.out" 2>&1
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time" |
      awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time")
    result=$(grep -o -m1 'Simulation successful\|Time exceeded' "$WORK/fet.out" || echo failed)
    acts=$(find "$out" -name '*_activities.xml' | head -1)
    hard=-; soft=-
    if [ -n "$acts" ]; then
      "$CADRE" check "$EX/$f" "$acts" --ignore-unsupported --json >"$WORK/check.json" 2>/dev/null
      hard=$(field hard "$WORK/check.json"); soft=$(field soft "$WORK/check.json")
    fi
    printf '%s\tfet-cl\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$seed" "$secs" "$kb" "$result" "$hard" "$soft"
    # Cadre: the same wall limit (its search stops a second early to write its outputs).
    out=$WORK/cadre-$name-$seed
    /usr/bin/time -v -o "$WORK/time" timeout -k 10 "$LIMIT" "$CADRE" solve "$EX/$f" --out "$out" \
      --seed "$seed" --time-limit "$((LIMIT - 1))" --ignore-unsupported "${STOP[@]}" --json \
      >"$WORK/solve.json" 2>/dev/null
    code=$?
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time" |
      awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time")
    first=$(field firstFeasibleSeconds "$WORK/solve.json")
    hard=-; soft=-
    if [ -f "$out/fet_activities.xml" ]; then
      "$CADRE" check "$EX/$f" "$out/fet_activities.xml" --ignore-unsupported --json \
        >"$WORK/check.json" 2>/dev/null
      hard=$(field hard "$WORK/check.json"); soft=$(field soft "$WORK/check.json")
    fi
    printf '%s\tcadre\t%s\t%s\t%s\texit %s, first feasible %s s\t%s\t%s\n' \
      "$name" "$seed" "$secs" "$kb" "$code" "$first" "$hard" "$soft"
  done
done
