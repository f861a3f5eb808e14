#!/usr/bin/env python3
"""Where does `casebook build --only web` spend its time (what bench/bench.py times)? Samples it with perf and sums the samples
by stage (load, Markdown, templates, writing, ...).

Usage (from the repository root, after bench/bench.py or bench/generate.py made the site):
  bench/profile.py [N]                    profile a build of bench/.work/nN (default 1000)
  bench/profile.py --data perf.data       summarise an existing recording
  bench/profile.py --children FRAME       the functions FRAME spends its time in

A sample counts for every stage whose pattern appears in its call stack (stages nest, so
the percentages of nested stages overlap: "Markdown: cmark parse" is part of "Markdown").
Percentages are of all samples of the process, on every thread.
"""
import argparse
import collections
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# (label, substrings of a mangled or C frame name; any matches)
STAGES = [
    ("load: read, split and decode every file (SiteLoader)", ["SiteLoaderV4load"]),
    ("  front matter YAML (YAMLReader: PlainYAML, Yams)", ["4Yams", "9PlainYAML", "10YAMLReaderV5parse"]),
    ("theme: templates and strings (ThemeLoader)", ["ThemeLoaderV4load"]),
    ("render: every page (WebsiteRenderer)", ["WebsiteRendererV"]),
    ("  Markdown bodies (BodyRenderer)", ["BodyRendererV6render"]),
    ("    cmark-gfm parse (under the lock)", ["cmark_parser_feed", "cmark_parser_finish"]),
    ("    cmark-gfm HTML renderer", ["cmark_render_html"]),
    ("    tree walk, links, headings", ["TreeWalkerV4walk"]),
    ("    HTML post-processing", ["HTMLPostProcessorV7process", "HTMLPostProcessorV5bytes"]),
    ("  templates (TemplateRenderer)", ["TemplateRenderer"]),
    ("  page contexts (common, navigation, cards)", ["WebsiteRendererV6common", "WebsiteRendererV8caseCard",
                                                    "WebsiteRendererV10navigation"]),
    ("  search index (JSON)", ["WebsiteRendererV12renderSearch", "SearchIndexJSON"]),
    ("write: output files (StagingFolder, StagedWriter)", ["StagingFolder", "StagedWriterV"]),
    ("Foundation string search and replace (anywhere)", ["CFStringFindWithOptionsAndLocale",
                                                        "NSStringC20replacingOccurrences"]),
    # The library has no frame pointers, so perf loses the callers of its functions and the
    # Markdown stages above miss its time; callgrind has the exact split (see README).
    ("libcmark-gfm, any of its functions (callers lost)", ["libcmark-gfm"]),
    ("kernel (system calls, page faults)", ["[kernel.kallsyms]"]),
]


# Stages in the order a build runs them, for the timeline (wall-clock spans on any thread).
TIMELINE = [
    ("load", ["SiteLoaderV4load"]),
    ("theme", ["ThemeLoaderV4load"]),
    ("render", ["WebsiteRendererV"]),
    ("write rest, media, swap", ["StagedWriterV5write", "StagedWriterV4swap"]),
]


def samples(data, with_time=False):
    """Yields the frames (innermost first) of each sample in a perf recording, with the
    sample's time in seconds when asked."""
    fields = "comm,time,ip,sym,dso" if with_time else "comm,ip,sym,dso"
    script = subprocess.Popen(["perf", "script", "-i", data, "-F", fields],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, errors="replace")
    frames = []
    stamp = 0.0
    for line in script.stdout:
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                yield (stamp, frames) if with_time else frames
            frames = []
        elif line.startswith((" ", "\t")):
            frames.append(line.strip())
        elif with_time:
            stamp = float(line.split()[-1].rstrip(":"))
    if frames:
        yield (stamp, frames) if with_time else frames
    script.wait()


def timeline(data):
    """When each stage ran: from its first to its last sample."""
    spans = {}
    first = last = None
    for stamp, frames in samples(data, with_time=True):
        first = stamp if first is None else first
        last = stamp
        stack = "\n".join(frames)
        for label, patterns in TIMELINE:
            if any(p in stack for p in patterns):
                begin, end, count = spans.get(label, (stamp, stamp, 0))
                spans[label] = (min(begin, stamp), max(end, stamp), count + 1)
                break
    if first is None:
        return
    print(f"timeline ({last - first:.2f} s from first to last sample; CPU s = samples / frequency):")
    for label, _ in TIMELINE:
        if label in spans:
            begin, end, count = spans[label]
            print(f"  {begin - first:6.2f} – {end - first:6.2f} s  {label} ({count} samples)")


def summarise(data):
    total = 0
    counts = collections.Counter()
    for frames in samples(data):
        total += 1
        stack = "\n".join(frames)
        for label, patterns in STAGES:
            if any(p in stack for p in patterns):
                counts[label] += 1
    print(f"{total} samples")
    for label, _ in STAGES:
        print(f"{100 * counts[label] / max(1, total):6.1f} %  {label}")
    timeline(data)


def children(data, frame):
    """Immediate callees of `frame`, by samples (inclusive)."""
    total = 0
    counts = collections.Counter()
    for frames in samples(data):
        for index, f in enumerate(frames):
            if frame in f:
                total += 1
                counts[frames[index - 1].split(" ", 1)[-1] if index else "(self)"] += 1
                break
    for name, count in counts.most_common(25):
        print(f"{100 * count / max(1, total):6.1f} %  {name[:160]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--data", help="an existing perf.data")
    parser.add_argument("--children", help="list what this frame calls instead")
    args = parser.parse_args()
    data = args.data
    if not data:
        root = os.path.join(REPO, "bench", ".work", f"n{args.n}", "casebook")
        if not os.path.isdir(root):
            sys.exit(f"no {root}: run bench/generate.py {args.n} bench/.work/n{args.n} first")
        data = os.path.join(REPO, "bench", ".work", f"perf-{args.n}.data")
        out = os.path.join(REPO, "bench", ".work", "out", f"profile-{args.n}")
        subprocess.run(["rm", "-rf", out])
        subprocess.run(["perf", "record", "-F", "999", "-g", "-o", data, os.path.join(REPO, ".build", "release", "casebook"),
                        "build", "--only", "web", "--root", root, "--output", out, "-q"], check=True)
        subprocess.run(["rm", "-rf", out])
    if args.children:
        children(data, args.children)
    else:
        summarise(data)


if __name__ == "__main__":
    main()
