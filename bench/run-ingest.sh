#!/usr/bin/env bash
# The ingest benchmark of docs/performance.md: simulate N posts as Research API JSONL, ingest them with a
# Release build of graywatch (time, posts/s, peak memory), load the same file with DuckDB's read_json,
# and print the ratio. Usage: bench/run-ingest.sh [POSTS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-1000000}
rm -rf artifacts/graywatch
dotnet publish src/Graywatch.Cli -c Release -o artifacts/graywatch --nologo -v quiet
dotnet run -c Release --project bench/Graywatch.Benchmarks -- ingest --graywatch artifacts/graywatch/graywatch --posts "$posts"
