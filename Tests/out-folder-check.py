#!/usr/bin/env python3
"""Checks that an output folder of `cadre solve` holds exactly one complete run: manifest.json
lists every file with its SHA-256, no other file is there, and calendar.json names the
schedule.json beside it. Usage: out-folder-check.py DIR [--expect-interrupted]"""
import hashlib
import json
import os
import sys


def main() -> int:
    folder = sys.argv[1]
    manifest_path = os.path.join(folder, "manifest.json")
    if not os.path.isfile(manifest_path):
        print(f"{folder}: no manifest.json")
        return 1
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    problems = []
    listed = {}
    for entry in manifest["files"]:
        listed[entry["name"]] = entry
        path = os.path.join(folder, entry["name"])
        if not os.path.isfile(path):
            problems.append(f"listed but missing: {entry['name']}")
            continue
        with open(path, "rb") as f:
            data = f.read()
        if hashlib.sha256(data).hexdigest() != entry["sha256"] or len(data) != entry["bytes"]:
            problems.append(f"changed since the run: {entry['name']}")
    present = set()
    for root, _, files in os.walk(folder):
        for name in files:
            present.add(os.path.relpath(os.path.join(root, name), folder))
    for extra in sorted(present - set(listed) - {"manifest.json"}):
        problems.append(f"not of this run: {extra}")
    calendar = os.path.join(folder, "calendar.json")
    if os.path.isfile(calendar):
        with open(calendar, encoding="utf-8") as f:
            named = json.load(f).get("schedule", "")
        actual = "sha256:" + listed.get("schedule.json", {}).get("sha256", "?")
        if named != actual:
            problems.append(f"calendar.json was planned on {named}, not on {actual}")
    if "--expect-interrupted" in sys.argv and not manifest.get("interrupted"):
        problems.append("the manifest does not say the run was interrupted")
    for p in problems:
        print(f"{folder}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
