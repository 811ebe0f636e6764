#!/usr/bin/env bash
# docs/SCALE-OUT.md's Slurm recipe on a real Slurm: a single-node cluster (Debian's slurmctld,
# slurmd and munge; controller and node on localhost, config and state in a temporary folder)
# runs the documented files exactly as they are in docs/scale-out/ (submit.sh, then
# sweep-shard.sbatch as a 4-task array and sweep-merge.sbatch depending on it with afterok),
# on a small sweep (Samples/sweeps/denver-pilot.json, 18 scenarios). Checks:
#   - the merged results.csv, results.md, report.html and manifest.json equal a single-machine
#     run of the same sweep, byte for byte, and every scenario record too;
#   - a task killed with SIGKILL in the middle of its shard (a lost process: nothing is
#     written on the way out) and requeued by Slurm (`scontrol requeue`) resumes: the records
#     it had finished are kept (not solved again: their files are unchanged), none is lost or
#     duplicated, and the merge job that waited on the array (afterok) still runs.
# The cluster is stopped on exit (trap), whatever happens.
#
# Skips (exit 0, saying why) when Slurm or munge is missing and cannot be installed with
# apt-get (not root, no network), or when the daemons do not come up.
# Usage: bash Tests/slurm-check.sh   (CADRE=path to a cadre binary; default: the debug build)
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
skip() {
  echo "slurm-check: SKIPPED: $*"
  exit 0
}
fail=0
check() { # check DESCRIPTION WANT GOT
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: got '$3', expected '$2'"; fail=1; fi
}

if [ -z "${CADRE:-}" ]; then
  swift build --product cadre >/dev/null || exit 1
  CADRE="$(swift build --show-bin-path)/cadre"
fi
CADRE=$(cd "$(dirname "$CADRE")" && pwd)/$(basename "$CADRE")

# --- Slurm and munge, installed when missing ---------------------------------------------------
have() { for c in "$@"; do command -v "$c" >/dev/null 2>&1 || return 1; done; }
tools=(slurmctld slurmd sbatch srun scontrol squeue munged)
if ! have "${tools[@]}"; then
  [ "$(id -u)" -eq 0 ] || skip "Slurm is not installed and installing it needs root (apt-get)"
  command -v apt-get >/dev/null || skip "Slurm is not installed and there is no apt-get"
  echo "slurm-check: installing slurmctld, slurmd, slurm-client and munge (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    slurmctld slurmd slurm-client munge) >/tmp/slurm-check-apt.log 2>&1 ||
    skip "apt-get could not install Slurm (see /tmp/slurm-check-apt.log)"
  have "${tools[@]}" || skip "Slurm's commands are still missing after apt-get"
fi
[ "$(id -u)" -eq 0 ] || skip "slurmd must run as root to start jobs"

# --- a single-node cluster in a temporary folder ----------------------------------------------
tmp=$(mktemp -d /tmp/cadre-slurm.XXXXXX)
chmod 755 "$tmp"
etc=$tmp/etc
mkdir -p "$etc" "$tmp/state" "$tmp/spool" "$tmp/log" "$tmp/munge"
chmod 700 "$tmp/munge"
stop_cluster() {
  if [ -s "$tmp/slurmctld.pid" ] || [ -s "$tmp/slurmd.pid" ]; then
    # Jobs first (a shutdown leaves running steps behind), then the daemons.
    export SLURM_CONF=$etc/slurm.conf
    jobs=$(squeue -h -o %A 2>/dev/null)
    if [ -n "$jobs" ]; then
      scancel $jobs >/dev/null 2>&1
      for _ in $(seq 1 100); do
        [ -z "$(squeue -h -o %A 2>/dev/null)" ] && break
        sleep 0.1
      done
    fi
    scontrol shutdown >/dev/null 2>&1
    for _ in $(seq 1 50); do
      alive=0
      for p in slurmctld slurmd; do
        pid=$(cat "$tmp/$p.pid" 2>/dev/null)
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && alive=1
      done
      [ "$alive" -eq 0 ] && break
      sleep 0.1
    done
    for p in slurmctld slurmd; do
      pid=$(cat "$tmp/$p.pid" 2>/dev/null)
      [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
    done
  fi
  pid=$(cat "$tmp/munge/munged.pid" 2>/dev/null)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  [ -n "${KEEP:-}" ] && echo "kept $tmp" || rm -rf "$tmp"
}
trap stop_cluster EXIT

# munge with its own key and socket, so that a munged of the machine is left alone.
dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge/munge.key"
socket=$tmp/munge/munge.socket
munged --force --key-file="$tmp/munge/munge.key" --socket="$socket" \
  --pid-file="$tmp/munge/munged.pid" --log-file="$tmp/log/munged.log" \
  --seed-file="$tmp/munge/munged.seed" >/dev/null 2>&1 || skip "munged did not start"
for _ in $(seq 1 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || skip "munged did not open its socket"

host=$(hostname -s)
cpus=$(nproc)
mem=$(awk '/MemTotal/ {print int($2 / 1024 / 2)}' /proc/meminfo)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ctld_port=$(free_port)
slurmd_port=$(free_port)
cat >"$etc/slurm.conf" <<EOF
ClusterName=cadre-ci
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool/%n
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1,bf_interval=1
MpiDefault=none
ReturnToService=2
JobRequeue=1
KillWait=5
MinJobAge=300
InactiveLimit=0
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$etc/slurm.conf
slurmctld -i >/dev/null 2>&1 || skip "slurmctld did not start ($(tail -3 "$tmp/log/slurmctld.log" 2>/dev/null))"
slurmd >/dev/null 2>&1 || skip "slurmd did not start ($(tail -3 "$tmp/log/slurmd.log" 2>/dev/null))"
up=0
for _ in $(seq 1 100); do
  state=$(sinfo -h -N -o '%t' 2>/dev/null | head -1)
  case "$state" in idle | mix | alloc) up=1 && break ;; esac
  sleep 0.2
done
[ "$up" -eq 1 ] || skip "the node did not come up (state '$state'; $(tail -2 "$tmp/log/slurmd.log"))"
echo "ok   single-node cluster up: $host, $cpus CPUs, Slurm $(sinfo -V | cut -d' ' -f2)"

# --- the sweep: its school files beside it, as the recipe assumes -----------------------------
work=$tmp/work
mkdir -p "$work/sweeps" "$work/out"
cp Samples/sweeps/denver-pilot.json "$work/sweeps/district.json"
cp Samples/denver-team-leads.json Samples/typical-elementary-54-team-leads.json \
  Samples/small-ab-week.json "$work"/
bin=$tmp/bin
mkdir -p "$bin"
ln -s "$CADRE" "$bin/cadre"
# The single-machine run the merge must equal.
"$CADRE" sweep "$work/sweeps/district.json" --out "$tmp/single" --threads "$cpus" --quiet
check "single-machine run exits 0" 0 $?
total=$(ls "$tmp/single/scenarios" | wc -l)

# --- the documented submission, verbatim -------------------------------------------------------
cp docs/scale-out/sweep-shard.sbatch docs/scale-out/sweep-merge.sbatch docs/scale-out/submit.sh \
  "$work"/
cd "$work"
export N=4 SWEEP=$work/sweeps/district.json OUT=$work/out PATH=$bin:$PATH
started=$(date +%s)
said=$(bash submit.sh 2>"$tmp/submit.err")
check "submit.sh submits the array and the merge" 0 $?
array=$(sed -n 's/^shards: job \([0-9]*\) .*/\1/p' <<<"$said")
merge=$(sed -n 's/.*; merge: job \([0-9]*\),.*/\1/p' <<<"$said")
case "$array$merge" in *[!0-9]* | "") echo "FAIL: submit.sh said '$said' ($(cat "$tmp/submit.err"))"; exit 1 ;; esac
echo "ok   array job $array (tasks 1-$N), merge job $merge (afterok:$array)"

job_state() { scontrol show job "$1" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -1; }
# Kill task 1 with SIGKILL once it has finished some of its scenarios but not all of them.
shard1=$OUT/shard-1/scenarios
mine=$(((total + N - 1) / N))
killed=""
for _ in $(seq 1 1200); do
  n=$(ls "$shard1" 2>/dev/null | wc -l)
  if [ "$n" -ge 1 ] && [ "$n" -lt "$mine" ]; then
    task1=$(scontrol show job "${array}_1" 2>/dev/null | sed -n 's/^ *JobId=\([0-9]*\) .*/\1/p')
    for pid in $(scontrol listpids "$task1" 2>/dev/null | awk 'NR > 1 {print $1}'); do
      if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = cadre ]; then
        kill -KILL "$pid" && killed=$pid
      fi
    done
    [ -n "$killed" ] && break
  fi
  [ "$n" -ge "$mine" ] && break
  sleep 0.05
done
if [ -z "$killed" ]; then
  echo "FAIL: could not kill task 1 mid-run ($n of $mine scenarios finished)"
  fail=1
else
  before=$(ls "$shard1" | wc -l)
  mkdir -p "$tmp/before"
  cp -p "$shard1"/*.json "$tmp/before"/
  echo "ok   task ${array}_1 killed (SIGKILL, pid $killed) with $before of $mine scenarios finished"
  # The shard script requeues itself (exit 137); Slurm then holds a requeued job for about
  # two minutes before it may start again, which a test need not wait for.
  s=""
  for _ in $(seq 1 300); do
    s=$(job_state "$task1")
    [ "$s" = PENDING ] && break
    sleep 0.1
  done
  check "the killed task is requeued (pending again, not failed)" PENDING "$s"
  check "Slurm counts the restart" 1 \
    "$(scontrol show job "$task1" | sed -n 's/.*Restarts=\([0-9]*\).*/\1/p' | head -1)"
  scontrol update JobId="$task1" StartTime=now >/dev/null 2>&1
fi

# Wait for the merge job (the array's tasks run first, then the merge).
final=""
for _ in $(seq 1 900); do
  final=$(job_state "$merge")
  case "$final" in COMPLETED | FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY) break ;; esac
  if [ "$final" = PENDING ] && squeue -h -j "$merge" -o '%r' | grep -q DependencyNeverSatisfied; then
    final="PENDING (DependencyNeverSatisfied)"
    break
  fi
  sleep 0.2
done
elapsed=$(($(date +%s) - started))
check "merge job $merge completed" COMPLETED "$final"
for t in $(seq 1 "$N"); do
  check "task ${array}_$t completed" COMPLETED "$(job_state "${array}_$t")"
done
echo "     (array and merge took ${elapsed} s)"

# --- the merged folder against the single run ---------------------------------------------------
for f in results.csv results.md report.html manifest.json; do
  if cmp -s "$OUT/merged/$f" "$tmp/single/$f"; then
    echo "ok   merged $f == single run"
  else
    echo "FAIL merged $f differs from the single run"
    fail=1
  fi
done
check "merged records" "$total" "$(ls "$OUT/merged/scenarios" 2>/dev/null | wc -l)"
check "records over the 4 shards (none lost, none twice)" "$total" \
  "$(cat "$OUT"/shard-*/scenarios/*.json 2>/dev/null | grep -c '"format": "cadre-sweep-scenario/1"')"
dups=$(ls "$OUT"/shard-*/scenarios | grep '\.json$' | sort | uniq -d | wc -l)
check "no scenario in two shards" 0 "$dups"
# Records hold their own wall time, so a record solved twice differs from its first file.
if [ -n "$killed" ]; then
  kept=0
  for f in "$tmp/before"/*.json; do
    cmp -s "$f" "$shard1/$(basename "$f")" && kept=$((kept + 1))
  done
  check "the requeued task kept its $before finished records (not solved again)" "$before" "$kept"
  grep -q "skipped $before already finished" "$work/logs/shard-1.out" 2>/dev/null ||
    true # --quiet prints nothing; the unchanged files above are the proof
fi
mismatch=0
for f in "$tmp/single/scenarios"/*.json; do
  id=$(basename "$f")
  # Equal but for the wall time ("seconds"), which only the records keep.
  diff <(grep -v '"seconds":' "$f") <(grep -v '"seconds":' "$OUT/merged/scenarios/$id" 2>/dev/null) \
    >/dev/null 2>&1 || mismatch=$((mismatch + 1))
done
check "every merged record equals the single run's (but for its wall time)" 0 "$mismatch"

[ "$fail" -eq 0 ] && echo "slurm-check: all passed" || echo "slurm-check: FAILED"
exit $fail
