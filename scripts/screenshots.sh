#!/usr/bin/env bash
# Screenshots of every page kind of the sample casebook, both languages, 390 and 1366 px,
# the deck beside its PDF and the book's first pages: .ci/screenshots.py does the looking.
# The sample has no photos, so a copy of it gets one (a generated picture) on one case and
# in that case's body; the repository's content/ is not touched.
#
#   scripts/screenshots.sh [OUT_DIR]     (default: .build/screenshots)
#   CASEBOOK=path/to/casebook scripts/screenshots.sh   (default: .build/release/casebook)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-.build/screenshots}
CASEBOOK=$(realpath "${CASEBOOK:-.build/release/casebook}")
[ -x "$CASEBOOK" ] || swift build -c release --product casebook
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r content "$WORK/content"
[ -d themes ] && cp -r themes "$WORK/themes"
mkdir -p "$WORK/content/media"
vips gaussnoise "$WORK/noise.v" 1600 1000 --mean 128 --sigma 40
vips colourspace "$WORK/noise.v" "$WORK/content/media/walk.jpg" srgb
CASE=content/cases/kuurai-too-safe-routes
sed -i '0,/^evaluation:/s//image: media\/walk.jpg\nimage_alt: "Участницы вечернего обхода на дороге вдоль сая"\nevaluation:/' "$WORK/$CASE.ru.md"
sed -i '0,/^translation_of:/s//image_alt: "Walk participants on the road along the sai"\ntranslation_of:/' "$WORK/$CASE.en.md"
sed -i '0,/^## Measure/s//![The evening safety walk](..\/media\/walk.jpg)\n\n## Measure/' "$WORK/$CASE.en.md"
"$CASEBOOK" build --root "$WORK" --output "$WORK/site" -q
rm -rf "$OUT"
python3 .ci/screenshots.py "$WORK/site" "$OUT"
