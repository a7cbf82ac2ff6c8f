#!/usr/bin/env bash
# Regenerates src/Graywatch.Core/Resources/text/hant-hans.tsv: every CJK ideograph (U+3400-U+4DBF, U+4E00-U+9FFF)
# whose Simplified form under ICU's Traditional-Simplified transform differs, one "traditional<TAB>simplified" pair a line.
# Needs python3 and uconv (Debian package icu-devtools).
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Graywatch.Core/Resources/text/hant-hans.tsv
tmp=$(mktemp -d)
python3 -c 'import sys
for cp in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)):
    sys.stdout.write(chr(cp) + "\n")' > "$tmp/chars.txt"
uconv -f utf-8 -t utf-8 -x 'Traditional-Simplified' "$tmp/chars.txt" > "$tmp/simplified.txt"
python3 -c 'import sys
t = open(sys.argv[1], encoding="utf-8").read().split("\n")
s = open(sys.argv[2], encoding="utf-8").read().split("\n")
with open(sys.argv[3], "w", encoding="utf-8", newline="\n") as f:
    for a, b in zip(t, s):
        if a and a != b and len(b) == 1:
            f.write(a + "\t" + b + "\n")' "$tmp/chars.txt" "$tmp/simplified.txt" "$out"
rm -rf "$tmp"
wc -l "$out"
