#!/usr/bin/env bash
# bench-pdf.sh [RUNS] — how long the printable book's PDFs take.
#
# Times `casebook build` (release) with and without PDFs, RUNS times each (default 3),
# for the sample casebook and for a generated casebook of 100 cases (the sample's ten
# cases, each ten times over under new ids), and prints the best and the median of the
# runs, the PDFs' page counts and sizes. The difference between the two builds is the
# time WeasyPrint takes for both languages (it runs two processes at a time). A third line
# times the rebuild with nothing changed, where every PDF is kept from the build before.
# Everything is written under a temporary folder, never into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
scripts/install-system-packages.sh
swift build -c release --product casebook >/dev/null
BIN=$PWD/.build/release/casebook
WORK=$(mktemp -d -t casebook-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# A casebook of 100 cases: the sample's cases and nine numbered copies of each.
mkdir -p "$WORK/big"
cp -r content themes "$WORK/big/"
python3 - "$WORK/big/content/cases" <<'PY'
import pathlib, re, sys
folder = pathlib.Path(sys.argv[1])
originals = sorted(folder.glob("*.md"))
for copy in range(2, 11):
    for path in originals:
        case_id, rest = path.name.split(".", 1)
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)} ({copy})"', text, count=1, flags=re.M)
        (folder / f"{case_id}-{copy}.{rest}").write_text(text, encoding="utf-8")
print(f"generated casebook: {len({p.name.split('.')[0] for p in folder.glob('*.md')})} cases", file=sys.stderr)
PY

# seconds ROOT [build arguments…]: one build's wall time. With FRESH=1 the output is removed
# first, so that every PDF is made (a build keeps a PDF whose inputs did not change).
seconds() {
  local root=$1; shift
  local start end
  [ "${FRESH:-0}" = 1 ] && rm -rf "$WORK/out"
  start=$(date +%s.%N)
  "$BIN" build --root "$root" --output "$WORK/out" "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}

# summary ROOT [build arguments…]: best and median of RUNS builds.
summary() {
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(seconds "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "best %.2f s, median %.2f s", t[1], t[int((NR + 1) / 2)] }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in sample big; do
  root=$PWD
  [ "$name" = big ] && root=$WORK/big
  echo "== $name casebook ($RUNS runs each)"
  echo "  website only (--no-pdf): $(summary "$root" --no-pdf)"
  echo "  website and PDFs:        $(FRESH=1 summary "$root")"
  echo "  again, nothing changed:  $(summary "$root")"
  for lang in ru en; do
    pdf=$WORK/out/$lang/casebook.pdf
    echo "  $lang/casebook.pdf: $(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }') pages, $(( $(stat -c %s "$pdf") / 1024 )) KiB"
  done
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(weasyprint --version)"
