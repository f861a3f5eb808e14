#!/usr/bin/env bash
# Bundles a site of N files (default 70,000: past ZIP64's 65,535 entries) and checks the zip with
# `unzip -t` and `sha256sum -c`; prints the time and peak memory of `casebook bundle`.
# Usage: bench/bundle-many-files.sh [N] [WORK_DIR]   (from the repository root; needs a release build)
set -euo pipefail
n=${1:-70000}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${2:-$repo/bench/.work/bundle-$n}
bin=$repo/.build/release/casebook
[ -x "$bin" ] || { echo "build it first: swift build -c release --product casebook" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"
cp -r "$repo/Tests/Fixtures/bilingual/." "$work/"
cp -r "$repo/themes" "$work/"
"$bin" build --root "$work" --no-pdf -q
# Small pages up to N files, 1,000 to a folder, as a large casebook's site has.
have=$(find "$work/site" -type f | wc -l)
python3 - "$work/site" "$((n - have))" <<'PY'
import os, sys
site, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    folder = os.path.join(site, "extra", "%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "%d.html" % i), "w") as f:
        f.write("<!doctype html><title>%d</title><p>Page %d of the bundle test.</p>\n" % (i, i))
PY
echo "site: $(find "$work/site" -type f | wc -l) files (with the marker)"
/usr/bin/time -v "$bin" bundle --root "$work" 2> "$work/time.log"
grep -E "Elapsed|Maximum resident" "$work/time.log"
zip=$(ls "$work"/casebook-*.zip)
unzip -tq "$zip"
(cd "$work" && sha256sum -c "$(basename "$zip").sha256")
echo "entries: $(unzip -Z1 "$zip" | wc -l)"
