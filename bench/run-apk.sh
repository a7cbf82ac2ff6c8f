#!/usr/bin/env bash
# The app-audit benchmark of docs/performance.md: generate a TikTok-sized APK (CLASSES classes over DEX files of
# PER_DEX classes, each class with 3 + METHODS methods, assembled by smali), audit it with a Release build of
# graywatch (time, peak memory), and time Debian's dexdump over the same DEX files. Needs smali (libsmali-java)
# and dexdump. Generated DEX files stay in $WORK and are reused by the next run.
# Usage: bench/run-apk.sh [CLASSES] [PER_DEX] [METHODS]   (defaults 200000 5500 8)
set -euo pipefail
cd "$(dirname "$0")/.."
classes=${1:-200000}
per_dex=${2:-5500}
methods=${3:-8}
rm -rf artifacts/graywatch
dotnet publish src/Graywatch.Cli -c Release -o artifacts/graywatch --nologo -v quiet
dotnet run -c Release --project bench/Graywatch.Benchmarks -- apk --graywatch artifacts/graywatch/graywatch \
  --classes "$classes" --per-dex "$per_dex" --methods "$methods" --work "${WORK:-/tmp/graywatch-bench-apk}" --keep
