#!/usr/bin/env python3
"""Peak memory of `cadre validate` on hostile inputs it must refuse, against the input's size:
(peak RSS - the RSS of validating a tiny file) must stay at most 10x the file's size
(docs/RELIABILITY.md). Usage: memory-check.py CADRE TMPDIR [MB]"""
import os
import sys

cadre, tmp = sys.argv[1], sys.argv[2]
mb = int(sys.argv[3]) if len(sys.argv) > 3 else 8


def peak_kb(path):
    """Peak RSS in KB of one `cadre validate PATH`, read from that child alone (wait4). The
    peak counts the spawning process's pages too (the child shares them until exec), so each
    input is written and dropped before the spawn, keeping this process small."""
    null = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)]
    pid = os.posix_spawn(cadre, [cadre, "validate", path], os.environ, file_actions=null)
    _, status, usage = os.wait4(pid, 0)
    return usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def write(name, text):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


n = mb << 20
cases = [
    # (name, a function making the text: built only when measured)
    ("wrong-type array elements", lambda: '{"format":"cadre/1","teachers":[' + "1," * (n // 2) + "1]}"),
    ("an array under an unknown key", lambda: '{"format":"cadre/1","zzz":[' + '"a",' * (n // 4) + '"a"]}'),
    ("objects of unknown keys", lambda: '{"format":"cadre/1","teachers":[' + '{"q":0},' * (n // 8) + "{}]}"),
    ("duplicate keys", lambda: "{" + '"a":0,' * (n // 6) + '"a":0}'),
    ("deep nesting", lambda: "[" * 100000 + "]" * 100000 + " " * n),
    ("XML elements", lambda: "<?xml version='1.0'?><HighSchoolTimetableArchive>"
     + "<a/>" * (n // 4) + "</HighSchoolTimetableArchive>"),
    ("nested XML", lambda: "<?xml version='1.0'?>" + "<a>" * 200000 + "</a>" * 200000 + " " * n),
    ("empty objects", lambda: "[" + "{}," * (n // 3) + "{}]"),
]
tiny = write("tiny.json", '{"format":"cadre/1"}')
base, _ = peak_kb(tiny)
worst = 0.0
failed = 0
for name, make in cases:
    ext = ".xml" if "XML" in name else ".json"
    path = write("hostile" + ext, make())
    size = os.path.getsize(path)
    peak, code = peak_kb(path)
    ratio = (peak - base) * 1024 / size
    worst = max(worst, ratio)
    verdict = "ok  " if ratio <= 10 and code == 65 else "FAIL"
    failed += verdict == "FAIL"
    print(f"{verdict} {name}: {size / 1e6:.1f} MB, exit {code}, peak {peak / 1024:.0f} MB "
          f"(baseline {base / 1024:.0f} MB), {ratio:.1f}x its size")
    os.remove(path)
print(f"worst {worst:.1f}x; {len(cases) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
