#!/usr/bin/env bash
# The district sweep of docs/SCALE-OUT.md: a generated district of 185 schools (CadreBench
# district: 111 elementary, 37 middle, 37 high; 6 scenarios each, 1,110 in all) run on one
# machine, then as 8 and as 4 shards one after another (each shard with --threads 2, as one
# node of 2 cores would run it), each merged and compared byte for byte with the single run.
# Prints wall time, CPU time and peak memory (/usr/bin/time -v) of every run, the merge times,
# the fixed cost of a shard, the sizes of results.csv and report.html, and the projection of
# wall time against nodes (Benchmarks/district-projection.py); keeps everything in DIR.
# Usage: bash Benchmarks/district-bench.sh [DIR]   (CADRE and CADREBENCH override the binaries;
#        SCHOOLS=185, SHARDS="8 4", THREADS=2)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-$(mktemp -d)/district-bench}
schools=${SCHOOLS:-185}
threads=${THREADS:-2}
if [ -z "${CADRE:-}" ] || [ -z "${CADREBENCH:-}" ]; then
  swift build -c release --product cadre >/dev/null
  swift build -c release --product CadreBench >/dev/null
  bin="$(swift build -c release --show-bin-path)"
  CADRE=${CADRE:-$bin/cadre}
  CADREBENCH=${CADREBENCH:-$bin/CadreBench}
fi
mkdir -p "$dir"
"$CADREBENCH" district --out "$dir/district" --schools "$schools" --step-limit 100000 \
  --calendar-step-limit 10000
sweep=$dir/district/district.json

timed() { # timed NAME COMMAND...: runs it under /usr/bin/time -v, prints wall s and peak MB
  local name=$1
  shift
  /usr/bin/time -v -o "$dir/$name.time" "$@" >"$dir/$name.log" 2>&1 || {
    echo "FAIL $name exited $?"
    tail -5 "$dir/$name.log"
    exit 1
  }
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/$name.time" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$dir/$name.time")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$dir/$name.time")
  printf '%-14s wall %7s s  cpu %7s s  peak %5s MB\n' "$name" "$wall" "$cpu" "$rss"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
timed single "$CADRE" sweep "$sweep" --out "$dir/single" --threads "$threads" --quiet
for n in ${SHARDS:-8 4}; do
  for i in $(seq 1 "$n"); do
    timed "shard-$i-of-$n" "$CADRE" sweep "$sweep" --shard "$i/$n" --out "$dir/n$n/shard-$i" \
      --threads "$threads" --quiet
  done
  timed "merge-$n" "$CADRE" sweep merge "$dir/n$n"/shard-* --out "$dir/n$n/merged" --quiet
  if [ ! -e "$dir/noop-shard.time" ]; then
    # The fixed cost every shard pays (read the sweep and every school, expand and hash every
    # scenario, write the outputs): shard 1 again, with nothing left to solve.
    timed noop-shard "$CADRE" sweep "$sweep" --shard "1/$n" --out "$dir/n$n/shard-1" \
      --threads "$threads" --quiet
  fi
  for f in results.csv results.md report.html manifest.json; do
    cmp -s "$dir/n$n/merged/$f" "$dir/single/$f" || { echo "FAIL merged $f ($n shards) differs"; exit 1; }
  done
  echo "ok   $n shards merged == single run (results.csv, results.md, report.html, manifest.json)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
ls -l "$dir/single/results.csv" "$dir/single/report.html" | awk '{ printf "%-60s %10d bytes\n", $9, $5 }'
# Per-scenario solve time by school type (wall time of each scenario, from the records).
python3 - "$dir/single/scenarios" <<'PY'
import json, os, sys
by = {}
for name in os.listdir(sys.argv[1]):
    r = json.load(open(os.path.join(sys.argv[1], name)))
    by.setdefault(r.get("schoolType", "?"), []).append(r["seconds"])
total = sum(len(v) for v in by.values())
for t, v in sorted(by.items()):
    v.sort()
    print(f"{t:<11} {len(v):5d} scenarios  mean {sum(v)/len(v):.2f} s  median {v[len(v)//2]:.2f} s  max {v[-1]:.2f} s")
print(f"all         {total:5d} scenarios  sum {sum(sum(v) for v in by.values()):.1f} s (scenario wall times)")
PY
python3 Benchmarks/district-projection.py "$dir" "$threads"
