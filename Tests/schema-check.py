#!/usr/bin/env python3
"""Validate school files against docs/cadre.schema.json and sweep files (format
cadre-sweep/1) against docs/cadre-sweep.schema.json (JSON Schema draft 2020-12).

Usage: python3 Tests/schema-check.py [FILE_OR_DIR ...]   (default: Samples/ and Samples/sweeps/)

Prints one line per file ("ok", "skip" for schedule/calendar files, or "FAIL" followed by
every error with its JSON Pointer) and exits 1 if any file fails, 0 otherwise.
Needs the `jsonschema` package.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("schema-check: the python package 'jsonschema' is not installed", file=sys.stderr)
    sys.exit(2)

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "docs" / "cadre.schema.json"
SWEEP_SCHEMA_PATH = ROOT / "docs" / "cadre-sweep.schema.json"


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def files(args):
    targets = [pathlib.Path(a) for a in args] or [ROOT / "Samples", ROOT / "Samples" / "sweeps"]
    out = []
    for t in targets:
        if t.is_dir():
            out.extend(sorted(t.glob("*.json")))
        else:
            out.append(t)
    return out


def main():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    sweep_schema = json.loads(SWEEP_SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(sweep_schema)
    sweep_validator = jsonschema.Draft202012Validator(sweep_schema)
    paths = files(sys.argv[1:])
    if not paths:
        print("schema-check: no .json files found")
        return 0
    failed = 0
    for path in paths:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"FAIL {path}: cannot read JSON: {e}")
            failed += 1
            continue
        fmt = doc.get("format") if isinstance(doc, dict) else None
        checker = validator
        if fmt == "cadre-sweep/1":
            checker = sweep_validator
        elif isinstance(fmt, str) and fmt.startswith("cadre-"):
            print(f"skip {path} ({fmt})")
            continue
        errors = sorted(checker.iter_errors(doc), key=lambda e: (list(map(str, e.path)), e.message))
        if errors:
            failed += 1
            print(f"FAIL {path}: {len(errors)} error{'s' if len(errors) != 1 else ''}")
            for e in errors:
                print(f"  {pointer(e.path) or '/'}: {e.message}")
        else:
            print(f"ok   {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
