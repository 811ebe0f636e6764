#!/usr/bin/env bash
# Runs the cadre CLI as a user would on every sample and checks exit codes and outputs.
# Usage: bash Tests/cli-smoke.sh   (uses the release build; CADRE=path overrides)
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CADRE:-}" ]; then
  swift build -c release --product cadre >/dev/null || exit 1
  CADRE="$(swift build -c release --show-bin-path)/cadre"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pass=0

expect() { # expect CODE DESCRIPTION -- command...
  local want=$1 what=$2
  shift 3
  "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    pass=$((pass + 1))
    echo "ok   $what (exit $got)"
  else
    fail=$((fail + 1))
    echo "FAIL $what: exit $got, expected $want"
    sed 's/^/     | /' "$tmp/stdout" "$tmp/stderr" | head -30
  fi
}

for f in Samples/*.json; do
  name=$(basename "$f" .json)
  if [ "$name" = "infeasible-release" ]; then
    # The validator's cheap capacity facts already prove this plan cannot fit.
    expect 65 "validate $name names the over-committed leader" -- "$CADRE" validate "$f"
    grep -q "release" "$tmp/stderr" || { fail=$((fail + 1)); echo "FAIL $name: no release reason"; }
    # Well-formed but proven infeasible by counting: exit 3, not 65, with a pointer to explain.
    expect 3 "solve $name is proven infeasible" -- \
      "$CADRE" solve "$f" --out "$tmp/$name" --step-limit 20000 --quiet
    grep -q "cadre explain" "$tmp/stderr" || { fail=$((fail + 1)); echo "FAIL $name: no pointer"; }
    expect 3 "explain $name says why it cannot fit" -- "$CADRE" explain "$f"
    grep -q "T01" "$tmp/stdout" || { fail=$((fail + 1)); echo "FAIL explain: T01 not named"; }
    continue
  fi
  if [ "$name" = "denver-anna" ]; then
    # The report's Denver rhythm (weekly visits and one-on-ones, two huddles) does not fit in
    # 50% release under Cadre's model: explain proves it (3) and names Anna's shortfall.
    expect 0 "validate $name" -- "$CADRE" validate "$f"
    expect 3 "explain $name proves the Denver rhythm does not fit" -- \
      "$CADRE" explain "$f" --step-limit 20000
    grep -q "Team Lead Anna (T06) needs 25 coaching periods a week" "$tmp/stdout" \
      || { fail=$((fail + 1)); echo "FAIL $name: Anna's shortfall not named"; }
    grep -q "^Against the report" "$tmp/stdout" \
      || { fail=$((fail + 1)); echo "FAIL $name: no against-the-report section"; }
    # solve plans what fits and says it is not a solution (2), never "Solved" with exit 0.
    expect 2 "solve $name plans what fits and exits 2" -- \
      "$CADRE" solve "$f" --out "$tmp/$name" --step-limit 200000 --quiet
    continue
  fi
  expect 0 "validate $name" -- "$CADRE" validate "$f"
  # Every feasible sample's whole plan (schedule, calendar, budget) must hold.
  expect 0 "solve $name" -- "$CADRE" solve "$f" --out "$tmp/$name" --time-limit 20 \
    --step-limit 200000
  # A sample that names its source prints the report's figures beside Cadre's.
  if grep -q '"source"' "$f" && ! grep -q "^Against the report" "$tmp/stdout"; then
    fail=$((fail + 1)); echo "FAIL $name: no against-the-report section"
  fi
  for out in schedule.json teachers.txt teachers.csv classes.txt classes.csv rooms.txt rooms.csv \
    check.txt check-all.txt html/index.html html/all-teachers.html; do
    [ -s "$tmp/$name/$out" ] || { fail=$((fail + 1)); echo "FAIL $name: $out missing"; }
  done
  for out in budget.txt calendar.json calendar-check.txt shortfalls.txt ics/school.ics; do
    [ -s "$tmp/$name/$out" ] || { fail=$((fail + 1)); echo "FAIL $name: $out missing"; }
  done
  expect 0 "check $name/schedule.json" -- "$CADRE" check "$f" "$tmp/$name/schedule.json"
  # One HTML page per teacher, class, room and leader of the school, and no script or network.
  want=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(len(s["teachers"])
    + len(s["classes"]) + len(s.get("rooms", [])) + len(s.get("leadership", {}).get("leaders", [])))' "$f")
  got=$(find "$tmp/$name/html" -mindepth 2 -name '*.html' | wc -l)
  [ "$got" -eq "$want" ] || { fail=$((fail + 1)); echo "FAIL $name: $got timetable pages, expected $want"; }
  if grep -rlE '<script|https?://' "$tmp/$name/html" >/dev/null; then
    fail=$((fail + 1)); echo "FAIL $name: html/ holds a script or a network address"
  fi
  if [ -f "$tmp/$name/calendar.json" ]; then
    # Every .ics file must load in a real parser and match calendar.json event for event, and
    # each teacher's file must hold their lessons on every school day, with the room.
    expect 0 "ics files of $name match calendar.json and schedule.json" -- \
      python3 Tests/ics-check.py "$tmp/$name/calendar.json" "$tmp/$name/ics" "$f" \
      "$tmp/$name/schedule.json"
    expect 0 "check $name/calendar.json" -- \
      "$CADRE" check "$f" "$tmp/$name/schedule.json" --calendar "$tmp/$name/calendar.json"
  fi
done

# Student groups (docs/FORMAT.md): sections that share students never meet at once.
f=Tests/cli-fixtures/students/riverside-electives.json
expect 0 "validate riverside-electives (74 student groups)" -- "$CADRE" validate "$f"
grep -q "74 student groups" "$tmp/stdout" || { fail=$((fail + 1)); echo "FAIL: student groups not summarised"; }
expect 0 "solve riverside-electives keeps students apart" -- \
  "$CADRE" solve "$f" --out "$tmp/electives" --step-limit 200000 --quiet
expect 0 "check riverside-electives/schedule.json" -- \
  "$CADRE" check "$f" "$tmp/electives/schedule.json"

# Issue 15: every infeasible variant of the samples is explained (3), never called a fit; the
# one no counting proof covers gets a minimal set by search and exit 2 (not proven).
for f in Tests/cli-fixtures/explain/*.json; do
  name=$(basename "$f" .json)
  want=3
  case "$name" in search-*) want=2 ;; esac
  expect $want "explain $name" -- "$CADRE" explain "$f"
  grep -q "re-checked to fit" "$tmp/stdout" || { fail=$((fail + 1)); echo "FAIL $name: no fix"; }
  expect $want "explain --json $name" -- "$CADRE" explain "$f" --json
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["conflict"]["groups"] and d["fixes"]' \
    "$tmp/stdout" || { fail=$((fail + 1)); echo "FAIL $name: --json lacks the set or fixes"; }
done

# The minimal school of docs/FORMAT.md validates and solves as printed there.
sed -n '/<!-- minimal-school -->/,/<!-- \/minimal-school -->/p' docs/FORMAT.md | sed '1,2d;$d' \
  | sed '$d' >"$tmp/minimal.json"
expect 0 "docs/FORMAT.md's minimal school validates" -- "$CADRE" validate "$tmp/minimal.json"
expect 0 "docs/FORMAT.md's minimal school solves" -- \
  "$CADRE" solve "$tmp/minimal.json" --out "$tmp/minimal" --step-limit 100000 --quiet
[ -s "$tmp/minimal/html/leaders/L-ANA.html" ] || { fail=$((fail + 1)); echo "FAIL: no leader page"; }

# A fixed seed, thread count and step limit reproduce every output byte for byte.
for run in 1 2; do
  SOURCE_DATE_EPOCH=1800000000 "$CADRE" solve Samples/small-ab-week.json --out "$tmp/rep$run" \
    --seed 7 --threads 2 --step-limit 300000 --quiet >/dev/null 2>&1
done
expect 0 "same seed, threads and step limit give identical outputs" -- \
  diff -r "$tmp/rep1" "$tmp/rep2"

# Re-solve from the previous output folder (issue 14): the calendar's events that are still
# valid stay on their dates, changes.txt lists what moved, and a run of another school is
# refused (65) before any work.
expect 0 "re-solve small-ab-week --from its previous output folder" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/resolve" --from "$tmp/rep1" \
  --seed 7 --step-limit 300000
grep -q "dated coaching events unchanged" "$tmp/stdout" \
  || { fail=$((fail + 1)); echo "FAIL re-solve: no calendar count in the summary"; }
grep -q "dated events unchanged" "$tmp/resolve/changes.txt" \
  || { fail=$((fail + 1)); echo "FAIL re-solve: changes.txt missing or without the count"; }
expect 0 "re-solve --from a schedule.json alone still works" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/resolve2" --from "$tmp/rep1/schedule.json" \
  --seed 7 --step-limit 300000 --quiet
expect 65 "--from a run of another school is refused" -- \
  "$CADRE" solve Samples/denver-team-leads.json --out "$tmp/x" --from "$tmp/rep1" --step-limit 1000
grep -q "from-other-school" "$tmp/stderr" \
  || { fail=$((fail + 1)); echo "FAIL --from another school: no from-other-school error"; }

expect 64 "unknown command" -- "$CADRE" solv Samples/small-ab-week.json
expect 64 "solve without --out" -- "$CADRE" solve Samples/small-ab-week.json
expect 64 "unknown flag" -- "$CADRE" solve Samples/small-ab-week.json --out "$tmp/x" --sead 3
expect 65 "missing file" -- "$CADRE" validate "$tmp/nope.json"
for f in Tests/CadreIOTests/Fixtures/malformed/*.json; do
  expect 65 "malformed $(basename "$f")" -- "$CADRE" validate "$f"
done
expect 0 "help" -- "$CADRE" help solve

# XHSTT archives (docs/XHSTT.md): fixtures here; real instances when ../shared/data is present.
x=Tests/cli-fixtures/xhstt
expect 65 "XHSTT malformed XML names line and column" -- "$CADRE" validate "$x/malformed.xml"
grep -q "line 5, column" "$tmp/stderr" || { fail=$((fail + 1)); echo "FAIL: no line/column"; }
expect 65 "XHSTT unsupported type stops validate" -- "$CADRE" validate "$x/unsupported.xml"
grep -q "LimitResourcesConstraint x1" "$tmp/stderr" || { fail=$((fail + 1)); echo "FAIL: no count"; }
expect 65 "XHSTT unsupported type stops solve" -- \
  "$CADRE" solve "$x/unsupported.xml" --out "$tmp/xu" --quiet
expect 0 "XHSTT --ignore-unsupported solves and says so" -- \
  "$CADRE" solve "$x/unsupported.xml" --out "$tmp/xu" --ignore-unsupported --quiet
grep -q "not evaluated" "$tmp/xu/evaluation.txt" || { fail=$((fail + 1)); echo "FAIL: no note"; }
expect 64 "XHSTT --instance on a school file" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/x" --instance A
data=../shared/data/xhstt
if [ -d "$data" ]; then
  expect 0 "XHSTT validate" -- "$CADRE" validate "$data/ItalyInstance1.xml"
  expect 0 "XHSTT check --embedded" -- "$CADRE" check "$data/ItalyInstance1.xml" --embedded
  grep -q "infeasibility 0, objective 12" "$tmp/stdout" || {
    fail=$((fail + 1))
    echo "FAIL: VAGO2012 not scored (0, 12)"
  }
  expect 64 "XHSTT unknown instance" -- \
    "$CADRE" solve "$data/DenmarkSmallSchool.xml" --out "$tmp/dk" --instance Nope
  expect 0 "XHSTT solve" -- "$CADRE" solve "$data/DenmarkSmallSchool.xml" --out "$tmp/dk" \
    --step-limit 200000 --quiet
  expect 0 "XHSTT solution read back by the evaluator" -- \
    "$CADRE" check "$data/DenmarkSmallSchool.xml" "$tmp/dk/solution.xml"
  grep -q "infeasibility 0, objective 0" "$tmp/stdout" || { fail=$((fail + 1)); echo "FAIL: dk"; }
  expect 0 "XHSTT packed instance solved to feasibility (frame tabu search)" -- \
    "$CADRE" solve "$data/ArtificialORLibrary-hdtt4.xml" --out "$tmp/h4" --step-limit 100000 --quiet
  expect 0 "XHSTT Western Greece solved to feasibility (repair bursts)" -- \
    "$CADRE" solve "$data/GreeceWesternGreeceUniversityInstance3.xml" --out "$tmp/wg" \
    --step-limit 400000 --threads 1 --quiet
  "$CADRE" solve "$data/BrazilInstance1.xml" --out "$tmp/br" --step-limit 100000 --quiet
  first=$(head -2 "$tmp/br/evaluation.txt" | tail -1)
  expect 0 "XHSTT Brazil1 solution scores the same when read back" -- \
    bash -c "'$CADRE' check '$data/BrazilInstance1.xml' '$tmp/br/solution.xml' | grep -qx '$first'"
else
  echo "skip XHSTT data checks: $data is absent"
fi

# FET files (docs/FET.md): fixtures here; FET's own examples when Debian's fet-data is installed.
ft=Tests/cli-fixtures/fet
expect 0 "FET validate" -- "$CADRE" validate "$ft/small.fet"
expect 65 "FET malformed XML names the line" -- "$CADRE" validate "$ft/malformed.fet"
grep -q "line 8" "$tmp/stderr" || { fail=$((fail + 1)); echo "FAIL: FET malformed: no line"; }
expect 64 "FET files refuse the XHSTT-only --instance" -- \
  "$CADRE" solve "$ft/small.fet" --out "$tmp/fi" --instance A
expect 64 "FET files refuse the XHSTT-only --embedded" -- "$CADRE" check "$ft/small.fet" --embedded
expect 65 "FET unknown teacher names the line and the closest name" -- \
  "$CADRE" validate "$ft/unknown-teacher.fet"
grep -q "line 76" "$tmp/stderr" && grep -q "did you mean 'Bob'" "$tmp/stderr" ||
  { fail=$((fail + 1)); echo "FAIL: FET unknown teacher: no line or hint"; }
expect 0 "FET rooms: a preferred room is assigned" -- \
  "$CADRE" solve "$ft/rooms.fet" --out "$tmp/fr" --step-limit 20000 --quiet
grep -q "<Room>R1</Room>" "$tmp/fr/fet_activities.xml" ||
  { fail=$((fail + 1)); echo "FAIL: FET rooms: no room written"; }
expect 0 "FET rooms read back and scored by the checker" -- \
  "$CADRE" check "$ft/rooms.fet" "$tmp/fr/fet_activities.xml"
expect 65 "FET unsupported room constraints are named" -- \
  "$CADRE" solve "$ft/rooms-unsupported.fet" --out "$tmp/fu"
grep -q "ConstraintActivitiesOccupyMaxDifferentRooms x1" "$tmp/stderr" ||
  { fail=$((fail + 1)); echo "FAIL: FET rooms: no count"; }
expect 0 "FET --ignore-unsupported solves, loudly about rooms" -- \
  "$CADRE" solve "$ft/rooms-unsupported.fet" --out "$tmp/fu" --step-limit 20000 \
  --ignore-unsupported --quiet
grep -q "rooms are NOT assigned" "$tmp/stderr" ||
  { fail=$((fail + 1)); echo "FAIL: FET rooms: no warning"; }
expect 0 "FET solve writes fet_activities.xml" -- \
  "$CADRE" solve "$ft/small.fet" --out "$tmp/fs" --step-limit 20000 --quiet
for f in Samples/small-ab-week.json "$ft/small.fet"; do
  expect 0 "--stop-at-feasible ends at the first feasible timetable ($(basename "$f"))" -- \
    "$CADRE" solve "$f" --out "$tmp/saf" --stop-at-feasible --json
  grep -q '"stopReason": "target"' "$tmp/stdout" ||
    { fail=$((fail + 1)); echo "FAIL: --stop-at-feasible: not stopped by its target"; }
done
# The general engine on a school (docs/ENGINE.md, the default, named here): the whole pipeline,
# judged by the checker.
expect 0 "--engine general timetables a school end to end (small-ab-week)" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/eg" --engine general \
  --step-limit 100000 --quiet
expect 0 "the general engine's schedule passes cadre check" -- \
  "$CADRE" check Samples/small-ab-week.json "$tmp/eg/schedule.json"
# The calendar feedback on the general engine: with seed 6, round 1's calendar falls short;
# round 2 searches again from round 1's best schedule and holds. (Seed 6 because its round 1
# is short; a change to the search that makes round 1 hold needs another seed or sample here:
# since the idle-time move, seed 3 holds in round 1, and seeds 6 and 8 of seeds 1-8 need
# round 2; since the pattern-clearing move, kipp-sunshine-peak-coaches holds in round 1 on
# seeds 1-6.)
expect 0 "--engine general repairs a short calendar by feedback rounds (denver-new-and-veteran-teams)" -- \
  "$CADRE" solve Samples/denver-new-and-veteran-teams.json --out "$tmp/eg4" --engine general \
  --step-limit 300000 --seed 6
grep -q "Calendar feedback: 2 rounds, kept round 2" "$tmp/stdout" ||
  { fail=$((fail + 1)); echo "FAIL: --engine general: no second feedback round kept"; }
# --engine school, kept for scripts written before the school engine's search was retired:
# accepted, it runs the general engine (the same schedule as --engine general) and says so.
expect 0 "--engine school is still accepted (small-ab-week)" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/es" --engine school \
  --step-limit 100000
grep -q "runs the general engine" "$tmp/stderr" ||
  { fail=$((fail + 1)); echo "FAIL: --engine school: no note that the general engine runs"; }
cmp -s "$tmp/es/schedule.json" "$tmp/eg/schedule.json" ||
  { fail=$((fail + 1)); echo "FAIL: --engine school: not the general engine's schedule"; }
expect 64 "--engine names an engine" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/eg2" --engine fast
grep -q "school or general" "$tmp/stderr" ||
  { fail=$((fail + 1)); echo "FAIL: --engine fast: no list of engines"; }
expect 0 "--engine general re-solves from a previous run (--from)" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/eg3" --engine general --from "$tmp/eg" \
  --step-limit 100000 --quiet
grep -qE '^moved +soft +0 ' "$tmp/eg3/check-all.txt" ||
  { fail=$((fail + 1)); echo "FAIL: --engine general --from: meetings moved from a schedule that held"; }
expect 0 "FET activities timetable read back by the checker" -- \
  "$CADRE" check "$ft/small.fet" "$tmp/fs/fet_activities.xml"
expect 0 "FET solution.xml is an XHSTT archive the XHSTT checker reads" -- \
  "$CADRE" check "$tmp/fs/solution.xml" --embedded
fx=/usr/share/doc/fet-data/examples/FET-5-official
if [ -f "$fx/Brazil/1/Brazil.fet" ]; then
  expect 0 "FET example Brazil validates" -- "$CADRE" validate "$fx/Brazil/1/Brazil.fet"
  expect 0 "FET example Brazil solved" -- \
    "$CADRE" solve "$fx/Brazil/1/Brazil.fet" --out "$tmp/fb" --time-limit 30 --quiet
  expect 0 "FET example Lom validates (every constraint supported)" -- \
    "$CADRE" validate "$fx/Bulgaria/Lom_high_school_2007-2008.fet"
  # Its rooms are mapped since issue 17 (units 4, 11): it loads and solves with rooms.
  expect 0 "FET example Horario_ISJ validates with its rooms" -- \
    "$CADRE" validate "$fx/Argentina/Horario_ISJ.fet"
  expect 0 "FET example Horario_ISJ solved with rooms" -- \
    "$CADRE" solve "$fx/Argentina/Horario_ISJ.fet" --out "$tmp/fh" --time-limit 20 --quiet
  grep -q "<Room>" "$tmp/fh/fet_activities.xml" ||
    { fail=$((fail + 1)); echo "FAIL: Horario_ISJ: no room in fet_activities.xml"; }
else
  echo "skip FET example checks: Debian's fet-data is not installed"
fi

# cadre export (issue 12): a school as an XHSTT archive that the XHSTT commands (and HSEval,
# KHE) read; the rules it leaves out are named; exit 0 when written.
e="$tmp/export"
expect 0 "export small-ab-week as an XHSTT archive" -- \
  "$CADRE" export Samples/small-ab-week.json --xhstt "$e/small.xml"
for rule in observation-window common-planning uneven-spread consecutive; do
  grep -q "^  $rule " "$tmp/stdout" || { fail=$((fail + 1)); echo "FAIL export: $rule not named"; }
done
expect 0 "the exported archive validates as XHSTT" -- "$CADRE" validate "$e/small.xml"
expect 0 "the exported archive solves as XHSTT" -- \
  "$CADRE" solve "$e/small.xml" --out "$e/solved" --step-limit 300000 --quiet
expect 0 "export with a solved schedule scores it the same both ways" -- \
  "$CADRE" export Samples/small-ab-week.json --xhstt "$e/scheduled.xml" \
  --schedule "$tmp/small-ab-week/schedule.json"
if grep -q "DIFFERS" "$tmp/stdout"; then fail=$((fail + 1)); echo "FAIL export: a rule differs"; fi
expect 0 "the exported schedule is the archive's embedded solution" -- \
  "$CADRE" check "$e/scheduled.xml" --embedded
# Names full of markup characters and quotes are escaped (checked by xmllint when installed).
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); s["name"]="St Mary'"'"'s <A&B> \"High\""
s["teachers"][0]["name"]="Ann <&> \"O'"'"'Neil\""; json.dump(s, open(sys.argv[2], "w"))' \
  Samples/small-ab-week.json "$e/odd.json"
expect 0 "export a school with markup in its names" -- \
  "$CADRE" export "$e/odd.json" --xhstt "$e/odd.xml" --quiet
expect 0 "its archive reads back" -- "$CADRE" validate "$e/odd.xml" --quiet
if command -v xmllint >/dev/null; then
  for f in small scheduled odd; do
    expect 0 "xmllint: exported $f.xml is well-formed" -- xmllint --noout "$e/$f.xml"
  done
else
  echo "skip xmllint checks: xmllint is absent (Debian: libxml2-utils)"
fi
expect 64 "export without --xhstt" -- "$CADRE" export Samples/small-ab-week.json
expect 64 "export of an XHSTT archive" -- "$CADRE" export "$e/small.xml" --xhstt "$e/again.xml"
expect 65 "export of a missing school" -- "$CADRE" export "$tmp/nope.json" --xhstt "$e/x.xml"
expect 65 "export of a malformed school" -- "$CADRE" export \
  Tests/CadreIOTests/Fixtures/malformed/unknown-teacher-in-lesson.json --xhstt "$e/x.xml"
mkdir -p "$e/folder.xml"
expect 73 "export onto a folder" -- \
  "$CADRE" export Samples/small-ab-week.json --xhstt "$e/folder.xml"

# OneRoster (docs/ONEROSTER.md): the generated 600-student export imports, from its folder and
# from a zip of it alike, solves, and its periods go back into classes.csv; bad exports exit 65
# naming the file, line and column.
o="$tmp/oneroster"
mkdir -p "$o"
expect 0 "import oneroster the 600-student sample" -- "$CADRE" import oneroster \
  Samples/oneroster-600 --options Samples/oneroster-600/options.json --out "$o/school.json"
expect 0 "validate the imported school" -- "$CADRE" validate "$o/school.json"
expect 0 "import oneroster the tiny export with defaults (warned)" -- "$CADRE" import oneroster \
  Tests/cli-fixtures/oneroster/tiny --out "$o/tiny.json"
grep -q "assumed-default" "$tmp/stderr" || { fail=$((fail + 1)); echo "FAIL: no assumed default"; }
if command -v python3 >/dev/null; then
  (cd Samples/oneroster-600 && python3 -c 'import sys, zipfile, glob
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    [z.write(f, "export/" + f) for f in sorted(glob.glob("*.csv"))]' "$o/roster.zip")
  expect 0 "import oneroster from a zip" -- "$CADRE" import oneroster "$o/roster.zip" \
    --options Samples/oneroster-600/options.json --out "$o/school-zip.json"
  cmp -s "$o/school.json" "$o/school-zip.json" || { fail=$((fail + 1)); echo "FAIL: zip differs"; }
fi
expect 0 "solve the imported school" -- "$CADRE" solve "$o/school.json" --out "$o/solved" \
  --step-limit 5000000 --quiet
expect 0 "export --oneroster with the original roster" -- "$CADRE" export "$o/school.json" \
  --schedule "$o/solved/schedule.json" --oneroster "$o/out" --roster Samples/oneroster-600
[ "$(grep -c ',scheduled,' "$o/out/classes.csv")" -eq 150 ] \
  || { fail=$((fail + 1)); echo "FAIL: classes.csv lacks sections"; }
grep -q "0 of them meet at the same time" "$tmp/stdout" \
  || { fail=$((fail + 1)); echo "FAIL: sections sharing students meet together"; }
mkdir -p "$o/bad"
cp Tests/cli-fixtures/oneroster/tiny/*.csv "$o/bad/"
sed -i 's/e-9,,,s-alg-1,org-1,st-1,/e-9,,,s-alg-1,org-1,st-9,/' "$o/bad/enrollments.csv"
expect 65 "import oneroster with an unknown user" -- "$CADRE" import oneroster "$o/bad" \
  --out "$o/bad.json"
grep -q "/enrollments.csv/userSourcedId (line 10, column 6)" "$tmp/stderr" \
  || { fail=$((fail + 1)); echo "FAIL: unknown user not placed"; }
rm "$o/bad/users.csv"
expect 65 "import oneroster without users.csv" -- "$CADRE" import oneroster "$o/bad" --out "$o/b.json"
# 15 meetings a section: Ada's three sections need 45 of the 35 periods. The school is written
# (exit 0) so that explain can prove it cannot fit (3).
expect 0 "import oneroster a roster that cannot fit" -- "$CADRE" import oneroster \
  Tests/cli-fixtures/oneroster/tiny --options Tests/cli-fixtures/oneroster/too-many-meetings.json \
  --out "$o/over.json"
grep -q "cadre explain" "$tmp/stderr" || { fail=$((fail + 1)); echo "FAIL: no pointer to explain"; }
expect 3 "explain the roster that cannot fit" -- "$CADRE" explain "$o/over.json"
expect 64 "import without --out" -- "$CADRE" import oneroster Tests/cli-fixtures/oneroster/tiny
expect 64 "export --oneroster without --schedule" -- "$CADRE" export "$o/school.json" \
  --oneroster "$o/out"

# Snapshots of what scripts read: every --help, and --json of validate, check and explain for
# schools and XHSTT archives. UPDATE_SNAPSHOTS=1 rewrites them (then review the diff).
snaps=Tests/cli-fixtures/snapshots
snap() { # snap NAME -- command...
  local name=$1
  shift 2
  "$@" 2>/dev/null | sed "s|$tmp|TMP|g" >"$tmp/snap"
  if [ -n "${UPDATE_SNAPSHOTS:-}" ]; then cp "$tmp/snap" "$snaps/$name"; fi
  if diff -u "$snaps/$name" "$tmp/snap" >"$tmp/snapdiff"; then
    pass=$((pass + 1))
    echo "ok   snapshot $name"
  else
    fail=$((fail + 1))
    echo "FAIL snapshot $name differs (UPDATE_SNAPSHOTS=1 rewrites it):"
    head -20 "$tmp/snapdiff" | sed 's/^/     | /'
  fi
}
snap help.txt -- "$CADRE" help
for c in validate solve check explain sweep export import; do snap "help-$c.txt" -- "$CADRE" "$c" --help; done
snap validate.json -- "$CADRE" validate Samples/small-ab-week.json --json
snap validate-malformed.json -- "$CADRE" validate \
  Tests/CadreIOTests/Fixtures/malformed/unknown-teacher-in-lesson.json --json
"$CADRE" solve Samples/small-ab-week.json --out "$tmp/snapsolve" --step-limit 20000 --quiet
snap check.json -- "$CADRE" check Samples/small-ab-week.json "$tmp/snapsolve/schedule.json" \
  --calendar "$tmp/snapsolve/calendar.json" --json
snap explain.json -- "$CADRE" explain Samples/infeasible-release.json --json
snap validate-xhstt.json -- "$CADRE" validate Tests/fuzz-seeds/xhstt/tiny-solved.xml --json
snap check-xhstt.json -- "$CADRE" check Tests/fuzz-seeds/xhstt/tiny-solved.xml --embedded --json
snap validate-fet.json -- "$CADRE" validate Tests/cli-fixtures/fet/small.fet --json
"$CADRE" solve Tests/cli-fixtures/fet/small.fet --out "$tmp/snapfet" --step-limit 20000 --quiet
snap check-fet.json -- "$CADRE" check Tests/cli-fixtures/fet/small.fet \
  "$tmp/snapfet/fet_activities.xml" --json
snap export.json -- "$CADRE" export Samples/small-ab-week.json --xhstt "$tmp/export/snap.xml" --json
snap import.json -- "$CADRE" import oneroster Tests/cli-fixtures/oneroster/tiny \
  --out "$tmp/snapimport.json" --json

# The command line: single-dash long options, repeated options and options that do not apply
# to the input are refused (64), never ignored.
expect 64 "single-dash long option" -- "$CADRE" solve Samples/small-ab-week.json --out "$tmp/x" -seed 3
expect 64 "an option given twice" -- \
  "$CADRE" solve Samples/small-ab-week.json --out "$tmp/x" --seed 3 --seed 4
expect 64 "--calendar on an XHSTT archive" -- \
  "$CADRE" check Tests/fuzz-seeds/xhstt/tiny-solved.xml --embedded --calendar c.json
expect 64 "--from on an XHSTT archive" -- \
  "$CADRE" solve Tests/fuzz-seeds/xhstt/tiny-solved.xml --out "$tmp/x" --from s.json
expect 0 "--version" -- "$CADRE" --version
grep -q "^cadre [0-9]" "$tmp/stdout" || { fail=$((fail + 1)); echo "FAIL: --version"; }

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
