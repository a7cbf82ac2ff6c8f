#!/usr/bin/env bash
# The app-audit benchmark of docs/performance.md: generate a TikTok-sized APK (CLASSES classes over DEX files of
# PER_DEX classes, assembled by smali), audit it with a Release build of graywatch (time, peak memory), and time
# Debian's dexdump over the same DEX files. Needs smali (libsmali-java) and dexdump.
# Usage: bench/run-apk.sh [CLASSES] [PER_DEX]   (defaults 200000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
classes=${1:-200000}
per_dex=${2:-20000}
dotnet publish src/Graywatch.Cli -c Release -o artifacts/graywatch --nologo -v quiet
dotnet run -c Release --project bench/Graywatch.Benchmarks -- apk --graywatch artifacts/graywatch/graywatch --classes "$classes" --per-dex "$per_dex" --work "${WORK:-/tmp/graywatch-bench-apk}" --keep
