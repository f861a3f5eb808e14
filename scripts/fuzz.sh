#!/usr/bin/env bash
# Builds each libFuzzer target of Fuzz/ and runs it for SECONDS (default 60), one after the
# other, seeded from the sample content/. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# Inputs that found new paths stay in Fuzz/.work/corpus/TARGET for the next run; a crash or a
# hang is written to Fuzz/.work/TARGET-crash-… (or -timeout-…), and the script fails.
# Reproduce one with: SWIFT_BACKTRACE=enable=no Fuzz/.build/release/TARGET FILE
# Optimised (six times the runs of a debug build), with -enable-testing: FuzzFrontMatter reaches
# the fast YAML reader and the decoders, which are internal, through @testable import.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontMatter FuzzMarkdown FuzzLoader)
work=Fuzz/.work

# Seeds: the front matter and the bodies of every sample file, and the sample's files joined
# as FuzzLoader cuts them (see Fuzz/Sources/FuzzLoader).
rm -rf "$work/seeds"
python3 - "$work/seeds" <<'PY'
import pathlib, sys
seeds = pathlib.Path(sys.argv[1])
for name in ("FuzzFrontMatter", "FuzzMarkdown", "FuzzLoader"):
    (seeds / name).mkdir(parents=True, exist_ok=True)
content = pathlib.Path("content")
(seeds / "FuzzFrontMatter" / "casebook.yml").write_bytes((content / "casebook.yml").read_bytes())
for path in sorted(content.glob("*/*.md")):
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    name = f"{path.parent.name}-{path.stem}"
    (seeds / "FuzzFrontMatter" / name).write_text(front, encoding="utf-8")
    (seeds / "FuzzMarkdown" / name).write_text(body, encoding="utf-8")
def read(relative):
    path = content / relative
    return path.read_text(encoding="utf-8") if path.exists() else ""
for case in sorted(content.glob("cases/*.ru.md")):
    case_id = case.name[:-len(".ru.md")]
    evaluation = case_id.rsplit("-", 1)[0]
    for prefix in (case_id, case_id.rsplit("-", 2)[0]):
        if (content / f"evaluations/{prefix}.ru.md").exists(): evaluation = prefix
    parts = [read(f"cases/{case_id}.ru.md"), read(f"cases/{case_id}.en.md"),
             read(f"evaluations/{evaluation}.ru.md"), read(f"evaluations/{evaluation}.en.md"),
             read("pages/about.ru.md"), read("slides/award-review.ru.md")]
    (seeds / "FuzzLoader" / case_id).write_text("\n%%%%\n".join(parts), encoding="utf-8")
PY

status=0
for target in "${targets[@]}"; do
    echo "== $target: build"
    (cd Fuzz && swift build -c release --sanitize=fuzzer -Xswiftc -enable-testing --product "$target" 2>&1 | grep -v "Cannot export local symbol" | tail -3)
    mkdir -p "$work/corpus/$target"
    echo "== $target: run for $seconds s"
    log="$work/$target.log"
    # Without SWIFT_BACKTRACE=enable=no a fatalError also gives a spurious ASan report from the
    # backtracer. One job at a time: the machine is shared.
    if SWIFT_BACKTRACE=enable=no "Fuzz/.build/release/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -dict="Fuzz/Dictionaries/$target.dict" -artifact_prefix="$work/$target-" \
        "$work/corpus/$target" "$work/seeds/$target" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "$target: $result, ${runs:-?} runs in $seconds s"
done
exit $status
