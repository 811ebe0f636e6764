#!/usr/bin/env python3
"""Wall time of docs/SCALE-OUT.md's district sweep against the number of nodes, projected from
a district-bench.sh run (Benchmarks/district-bench.sh DIR, then this with DIR).

The model, stated:
- each scenario k costs c_k seconds of one core: its wall time in its record, scaled so that
  the scenarios together cost what the single run's process used (user + system time from
  /usr/bin/time, less the fixed cost below): records time themselves on a shared machine, the
  process's CPU time is what the work costs;
- a run with N nodes runs N shards (`--shard i/N`: scenario k on shard (k mod N) + 1), one per
  node, each with T workers (--threads, 2 here) that take the shard's scenarios in order, each
  the next scenario as it frees up (the runner's queue), simulated exactly;
- every shard first pays a fixed cost: reading the sweep and all its schools, expanding and
  hashing every scenario, and writing its outputs; measured as the wall time of a shard run
  again when it has nothing left to do (every record found, so none is solved);
- the merge runs after the last shard, once: measured.
Wall(N) = fixed + max over shards of the simulated shard time + merge. Copying folders between
nodes, queueing and node start-up are not in it.
"""
import json
import os
import re
import sys

d = sys.argv[1]
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2


def seconds(name, field):
    text = open(os.path.join(d, name + ".time")).read()
    if field == "wall":
        m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
        parts = [float(p) for p in m.group(1).split(":")]
        total = 0.0
        for p in parts:
            total = total * 60 + p
        return total
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    return user + system


records = []
folder = os.path.join(d, "single", "scenarios")
for name in os.listdir(folder):
    r = json.load(open(os.path.join(folder, name)))
    records.append((r["index"], r["seconds"], r.get("schoolType", "")))
records.sort()
fixed = seconds("noop-shard", "wall")
merge = seconds("merge-8", "wall")
cpu = seconds("single", "cpu") - fixed
scale = cpu / sum(s for _, s, _ in records)
cost = [s * scale for _, s, _ in records]


def shard_time(items):
    free = [0.0] * threads
    for c in items:
        i = free.index(min(free))
        free[i] += c
    return max(free)


print(f"{len(cost)} scenarios, {cpu:.0f} s of one core in all (mean {cpu / len(cost):.2f} s,"
      f" largest {max(cost):.2f} s); fixed cost per shard {fixed:.1f} s; merge {merge:.1f} s;"
      f" {threads} workers per node")
by_type = {}
for (_, _, t), c in zip(records, cost):
    by_type.setdefault(t, []).append(c)
for t, cs in sorted(by_type.items()):
    print(f"  {t}: {len(cs)} scenarios, mean {sum(cs) / len(cs):.2f} s of one core")
print("| nodes | scenarios per shard | longest shard (s) | wall time with merge (s) | speed-up |")
print("| ---: | ---: | ---: | ---: | ---: |")
base = None
for n in [1, 2, 4, 8, 16, 32, 64, 128, 185]:
    shards = [cost[i::n] for i in range(n)]
    longest = max(shard_time(s) for s in shards)
    wall = fixed + longest + (merge if n > 1 else 0)
    base = base or wall
    print(f"| {n} | {len(shards[0])} | {fixed + longest:.0f} | {wall:.0f} | {base / wall:.1f}x |")
