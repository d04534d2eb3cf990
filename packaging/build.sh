#!/usr/bin/env bash
# Build the one-folder bundle (Linux, macOS): packaging/dist/parallax/parallax
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")"  # absolute, as we change folder below
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.6,<7"  # the `build` extra
cd packaging
nice -n 10 "$PY" -m PyInstaller parallax.spec --noconfirm --clean
# Smoke test: the headless command must run from the bundle.
tmp=$(mktemp -d)
printf 'The Lorn bridge closed on Monday. Repairs will take six weeks.\n' >"$tmp/a.txt"
printf 'The Lorn bridge closed on Monday. Repairs will take two months.\n' >"$tmp/b.txt"
dist/parallax/parallax compare "$tmp/a.txt" "$tmp/b.txt" --json "$tmp/out.json" --pdf "$tmp/out.pdf"
rm -rf "$tmp"
du -sh dist/parallax
