#!/usr/bin/env python3
"""docs/SCALE-OUT.md against the recipe files it shows (docs/scale-out/), checked as far as a
machine without a cluster allows:

- every file of docs/scale-out/ appears verbatim in SCALE-OUT.md as a fenced code block, so the
  doc shows exactly what Tests/slurm-check.sh runs and what this script validates;
- the Kubernetes manifests parse (YAML) and pass the Kubernetes OpenAPI schema, strictly
  (unknown fields are errors), with PyPI's kubernetes-validate (installed when missing; the
  schema check is skipped, saying so, when it cannot be installed), for 1.29, the first
  release with backoffLimitPerIndex on by default, and for the package's latest;
- the command each shard pod runs is the one each Slurm array task runs, and the merge Job's
  command the merge job's: the same words once the per-system spellings are mapped (the shard
  number `$((JOB_COMPLETION_INDEX + 1))` or `${SLURM_ARRAY_TASK_ID}`, the threads `2` or
  `"$SLURM_CPUS_PER_TASK"`, `exec` or `srun` in front);
- the numbers that must agree do: completions = parallelism = N, threads = the CPU request.
Usage: python3 Tests/scale-out-check.py   (exit 0 when everything checked passed)
"""
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOC = os.path.join(ROOT, "docs", "SCALE-OUT.md")
FILES = os.path.join(ROOT, "docs", "scale-out")
failures = []


def ok(message):
    print("ok   " + message)


def fail(message):
    print("FAIL " + message)
    failures.append(message)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# --- the doc shows every file verbatim --------------------------------------------------------
doc = read(DOC)
blocks = re.findall(r"^```[a-z]*\n(.*?)^```\n", doc, flags=re.S | re.M)
names = sorted(os.listdir(FILES))
for name in names:
    if read(os.path.join(FILES, name)) in blocks:
        ok(f"SCALE-OUT.md shows docs/scale-out/{name} verbatim")
    else:
        fail(f"SCALE-OUT.md has no code block equal to docs/scale-out/{name}")

# --- the manifests: YAML, then the Kubernetes schema -----------------------------------------
try:
    import yaml
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyyaml"], check=False)
    try:
        import yaml
    except ImportError:
        print("scale-out-check: SKIPPED the manifests and commands: PyYAML could not be installed")
        print(f"scale-out-check: {'all passed' if not failures else f'{len(failures)} FAILED'}")
        sys.exit(1 if failures else 0)

manifests = {}
for name in [n for n in names if n.endswith(".yaml")]:
    try:
        docs = [d for d in yaml.safe_load_all(read(os.path.join(FILES, name))) if d is not None]
    except yaml.YAMLError as e:
        fail(f"{name} is not YAML: {e}")
        continue
    manifests[name] = docs
    ok(f"{name} parses: " + ", ".join(f"{d.get('kind')}/{d['metadata']['name']}" for d in docs))

try:
    import kubernetes_validate
except ImportError:
    print("scale-out-check: installing kubernetes-validate (pip)")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "kubernetes-validate"], check=False
    )
    try:
        import kubernetes_validate
    except ImportError:
        kubernetes_validate = None
if kubernetes_validate is None:
    print("SKIPPED the schema check: kubernetes-validate could not be installed")
else:
    for version in ["1.29.0", kubernetes_validate.latest_version()]:
        for name, docs in manifests.items():
            for d in docs:
                what = f"{name} {d['kind']}/{d['metadata']['name']}"
                try:
                    kubernetes_validate.validate(d, version, strict=True)
                    ok(f"{what} passes the Kubernetes {version} schema (strict)")
                except Exception as e:  # ValidationError, SchemaNotFoundError, ...
                    fail(f"{what} against Kubernetes {version}: {str(e).splitlines()[0]}")


# --- the commands ------------------------------------------------------------------------------
def words(command):
    """The command's words with the per-system spellings mapped to placeholders."""
    text = command.replace("\\\n", " ")
    text = text.replace("$((JOB_COMPLETION_INDEX + 1))", "{I}")
    text = text.replace("${SLURM_ARRAY_TASK_ID}", "{I}")
    text = text.replace("$SLURM_ARRAY_TASK_ID", "{I}")
    text = re.sub(r"\$\{(\w+)\}", r"$\1", text)
    out = shlex.split(text)
    while out and out[0] in ("exec", "srun"):
        out = out[1:]
    return out


def cadre_line(script):
    """The (continued) line of a batch script that runs cadre."""
    m = re.search(r"^(?:srun |exec )?cadre .*?(?<!\\)$", script, flags=re.M | re.S)
    return m.group(0) if m else ""


def container(job):
    return job["spec"]["template"]["spec"]["containers"][0]


jobs = {d["metadata"]["name"]: d for ds in manifests.values() for d in ds if d["kind"] == "Job"}
shard_job = jobs.get("district-sweep")
merge_job = jobs.get("district-sweep-merge")
shard_sbatch = read(os.path.join(FILES, "sweep-shard.sbatch"))
merge_sbatch = read(os.path.join(FILES, "sweep-merge.sbatch"))

if shard_job and merge_job:
    pod = container(shard_job)
    pod_words = words(pod["args"][0])
    task_line = cadre_line(shard_sbatch)
    task_words = words(task_line.split(" || ")[0])
    threads = pod_words[pod_words.index("--threads") + 1] if "--threads" in pod_words else ""
    mapped = [("$SLURM_CPUS_PER_TASK" if w == threads else w) for w in pod_words]
    if mapped == task_words:
        ok("the shard pod runs the Slurm task's command: " + " ".join(task_words))
    else:
        fail(f"shard commands differ:\n  pod:   {' '.join(pod_words)}\n  slurm: {' '.join(task_words)}")
    pod_merge = words(container(merge_job)["args"][0])
    slurm_merge = words(cadre_line(merge_sbatch))
    if pod_merge == slurm_merge:
        ok("the merge Job runs the Slurm merge job's command: " + " ".join(slurm_merge))
    else:
        fail(f"merge commands differ:\n  pod:   {' '.join(pod_merge)}\n  slurm: {' '.join(slurm_merge)}")

    env = {e["name"]: e["value"] for e in pod.get("env", [])}
    spec = shard_job["spec"]
    counts = {spec.get("completions"), spec.get("parallelism"), int(env.get("N", "0"))}
    if len(counts) == 1:
        ok(f"completions = parallelism = N = {counts.pop()}")
    else:
        fail(f"completions {spec.get('completions')}, parallelism {spec.get('parallelism')} "
             f"and N {env.get('N')} differ")
    cpu = str(pod["resources"]["requests"]["cpu"])
    if cpu == threads:
        ok(f"--threads {threads} = the pod's CPU request")
    else:
        fail(f"--threads {threads} but the pod requests {cpu} CPUs")
    merge_env = {e["name"]: e["value"] for e in container(merge_job).get("env", [])}
    if merge_env.get("OUT") == env.get("OUT"):
        ok("the merge Job reads the folder the shards write (OUT)")
    else:
        fail(f"OUT differs: shards {env.get('OUT')}, merge {merge_env.get('OUT')}")
else:
    fail("the Jobs district-sweep and district-sweep-merge are not both in docs/scale-out/")

m = re.search(r"^#SBATCH --array=1-(\d+)$", shard_sbatch, flags=re.M)
n = re.search(r"^N=\$\{N:-(\d+)\}$", shard_sbatch, flags=re.M)
if m and n and m.group(1) == n.group(1):
    ok(f"sweep-shard.sbatch: --array=1-{m.group(1)} and N={n.group(1)} agree")
else:
    fail("sweep-shard.sbatch: the array size and N's default differ")

print(f"scale-out-check: {'all passed' if not failures else f'{len(failures)} FAILED'}")
sys.exit(1 if failures else 0)
