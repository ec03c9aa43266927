#!/usr/bin/env bash
# Quick start 2 (and what CI runs): set up with the test tools, lint, run the tests (the accuracy gate
# on the bundled dev set is one of them), then print the dev scores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check src tests scripts benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest
.venv/bin/rasd eval --docs eval/dev/docs.jsonl --gold eval/dev/gold --baseline eval/baseline.json
