#!/usr/bin/env bash
# Which of FET's example files (Debian's fet-data, AGPL-3+; installed at test time, never copied
# into the project) cadre loads without unsupported constraint types (docs/FET.md "Examples
# that load"). One line per file: exit code of `cadre validate` (0 loads, 65 unsupported types
# or invalid), then the unsupported types it names, or the first error.
#
#   Benchmarks/fet/validate-all.sh CADRE_BINARY > validate.tsv
set -u
CADRE=${1:?usage: validate-all.sh CADRE_BINARY}
command -v dpkg >/dev/null && dpkg -L fet-data >/dev/null 2>&1 ||
  { echo "fet-data missing: skipped" >&2; exit 0; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf 'file\texit\tunsupported or error\n'
dpkg -L fet-data | grep '\.fet$' | sort | while IFS= read -r f; do
  [ -f "$f" ] || continue
  timeout 300 "$CADRE" validate "$f" >"$WORK/out" 2>"$WORK/err"
  code=$?
  why=$(sed -n 's/.*\[fet-unsupported\].* does not support: //p' "$WORK/err" | head -1)
  [ -z "$why" ] && why=$(grep -o -m1 'error\[[a-z-]*\]' "$WORK/err")
  printf '%s\t%s\t%s\n' "${f#/usr/share/doc/fet-data/examples/}" "$code" "$why"
done
