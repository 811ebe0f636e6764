#!/usr/bin/env bash
# The sweep benchmark of docs/BENCHMARKS.md: 100 scenarios of the 54-teacher elementary school
# (Benchmarks/sweeps/elementary-100.json: release x span x observations x budget cap), 2
# scenarios at a time, release build; prints each run's wall time and the median of RUNS.
# Usage: bash Benchmarks/sweep-bench.sh [RUNS=3]   (CADRE=path overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
if [ -z "${CADRE:-}" ]; then
  swift build -c release --product cadre >/dev/null
  CADRE="$(swift build -c release --show-bin-path)/cadre"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  "$CADRE" sweep Benchmarks/sweeps/elementary-100.json --out "$tmp/run$i" --threads 2 --quiet
  end=$(date +%s.%N)
  t=$(python3 -c "print(f'{$end - $start:.2f}')")
  feasible=$(grep -c ',feasible,' "$tmp/run$i/results.csv" || true)
  total=$(($(wc -l <"$tmp/run$i/results.csv") - 1))
  echo "run $i: $total scenarios in $t s ($(python3 -c "print(f'{$total / $t:.2f}')") scenarios/s), $feasible feasible"
  times+=("$t")
  if [ "$i" -gt 1 ]; then cmp -s "$tmp/run1/results.csv" "$tmp/run$i/results.csv" \
    && echo "  results.csv identical to run 1" || echo "  results.csv DIFFERS from run 1"; fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $runs: $median s on $(nproc) cores"
