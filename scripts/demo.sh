#!/usr/bin/env bash
# Quick start 1: set up, then run rasd's main job on the bundled sample (SY24, Deir ez-Zor, December 2021).
# Writes the records to out/sample.jsonl and prints who did what to whom, where, when, for people.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/rasd extract samples/sy24-deir-ez-zor-2021.jsonl -o out/sample.jsonl
.venv/bin/rasd extract samples/sy24-deir-ez-zor-2021.jsonl --table
echo "records (rasd.record/1): out/sample.jsonl"
