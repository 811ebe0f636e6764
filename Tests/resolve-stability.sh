#!/usr/bin/env bash
# Re-solve stability (docs/CALENDAR.md, section 7): solves a sample, gives one teacher one more
# unavailable slot, re-solves `--from` the first run's folder and, for comparison, `--from` its
# schedule.json alone, and prints how many dated coaching events stayed unchanged.
# Usage: bash Tests/resolve-stability.sh SAMPLE.json TEACHER DAY PERIOD[,PERIOD...] [SEED]
# (CADRE=path picks the binary; default the debug build.)
set -uo pipefail
cd "$(dirname "$0")/.."
CADRE=${CADRE:-$(swift build --show-bin-path)/cadre}
f=$1; teacher=$2; day=$3; periods=$4; seed=${5:-1}
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
run() { "$CADRE" solve "$@" --seed "$seed" --step-limit 200000; }
run "$f" --out "$w/v1" --quiet
echo "first solve: exit $?"
python3 - "$f" "$teacher" "$day" "$periods" "$w/v2.json" <<'PY'
import json, sys
school = json.load(open(sys.argv[1]))
for t in school["teachers"]:
    if t["id"] == sys.argv[2]:
        t.setdefault("unavailable", []).extend(
            {"day": sys.argv[3], "period": p} for p in sys.argv[4].split(","))
json.dump(school, open(sys.argv[5], "w"), indent=2)
PY
run "$w/v2.json" --out "$w/v2" --from "$w/v1" | grep "^Re-solve: [0-9]"
echo "re-solve --from the folder: exit ${PIPESTATUS[0]}"
run "$w/v2.json" --out "$w/v2s" --from "$w/v1/schedule.json" --quiet
echo "re-solve --from schedule.json: exit $?"
python3 - "$w/v1/calendar.json" "$w/v2s/calendar.json" <<'PY'
import collections, json, sys
def key(e):
    return (e["date"], e["period"], e["kind"], e["leader"], tuple(sorted(e.get("teachers", []))),
            e.get("team"))
a = json.load(open(sys.argv[1]))["events"]
b = json.load(open(sys.argv[2]))["events"]
same = sum((collections.Counter(map(key, a)) & collections.Counter(map(key, b))).values())
print(f"--from schedule.json: {same} of {len(a)} dated events unchanged ({100 * same / len(a):.1f}%)")
PY
