#!/usr/bin/env python3
"""The casebook build benchmark: casebook vs Hugo vs the cmark-gfm CLI on the same content.

Usage (from the repository root):
  bench/bench.py                          N = 1000 and 5000, 5 runs each, plus the serve test
  bench/bench.py --sizes 1000 --runs 3    quicker
  bench/bench.py --out-dir /dev/shm/cb    write both sites to a RAM disk instead
  bench/bench.py --no-serve --tools casebook,hugo
  bench/bench.py --baseline /tmp/casebook-main   also time another casebook binary (e.g. main's)
                                                 in the same interleaved runs, as casebook-base

For each N it generates (once; bench/generate.py, deterministic) a synthetic bilingual
casebook of N cases with matching evaluations, municipalities and vocabularies, the same
content as a Hugo site, and every Markdown body in one file. Then it runs, interleaved so
that a busy machine slows every tool alike, one warm-up and --runs timed runs of
  casebook  build --only web  (release binary, .build/release/casebook)
  hugo      (Debian's hugo; RSS feeds off, the same pages, taxonomies and search index)
  cmark-gfm the CLI over all bodies concatenated, with the same extensions: the raw limit
            of rendering that Markdown on one core
casebook keeps the search terms of the pages it indexed in the casebook's .casebook-cache
(a Hugo build of this content reuses nothing): the warm-up run fills it, so the timed runs are
rebuilds of unchanged content; --cold deletes it before each casebook run (first builds).
Each run starts with an empty output folder; casebook and Hugo write to the same file
system (--out-dir, default bench/.work/out). Wall time is the median of the runs; peak
RSS (the median of the runs' maxima) and CPU time come from wait4(2) of each process.

A previous run's output is moved aside (renamed into OUT/.old) and all of it is deleted
once, at the very end. On ext4 without a journal (this machine's root disk) the kernel
avoids reusing an inode deleted in the last minute (five while its inode-table block is
unwritten) by scanning past every such inode on each new file or folder (recently_deleted()
in fs/ext4/ialloc.c): deleting the last run's 20,000 files right before a run made that
run's file creation cost up to ~1 ms each, for whichever tool came next. --delete-before-run
measures that case: each output deleted just before the tool's run, as a user who rebuilds
into a folder they have just emptied would see.

The serve test starts `casebook serve` on the N = 1000 casebook, edits one case at a time
(a paragraph appended to its body) and polls the page until the edit is served: the time
from saving the file to receiving the updated page.

Results are printed as Markdown tables; --markdown FILE also writes them to FILE.
Needs: swift, hugo, cmark-gfm (apt-get install -y hugo hyperfine cmark-gfm).
"""
import argparse
import http.client
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CMARK_EXTENSIONS = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]


def run_measured(argv, stdout_path=None, cwd=None):
    """Runs argv; returns (wall seconds, peak RSS in MB, CPU seconds)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE, cwd=cwd)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if stdout_path:
        out.close()
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(argv)}\n{stderr.decode(errors='replace')}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def count_html(folder):
    return sum(1 for _, _, files in os.walk(folder) for name in files if name.endswith(".html"))


def machine():
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        memory = int(f.readline().split()[1]) // 1024 // 1024
    return f"{model}, {os.cpu_count()} cores, {memory} GiB RAM, Linux {platform.release()}"


def fs_type(path):
    try:
        return subprocess.run(["stat", "-f", "-c", "%T", path], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def version(argv):
    try:
        text = subprocess.run(argv, capture_output=True, text=True).stdout.strip().splitlines()
        return text[0] if text else "?"
    except OSError:
        return "missing"


def tools_for(n, work, out_dir, casebook, only_web, baseline=None):
    root = os.path.join(work, f"n{n}")
    case_out = os.path.join(out_dir, f"casebook-{n}")
    base_out = os.path.join(out_dir, f"casebook-base-{n}")
    hugo_out = os.path.join(out_dir, f"hugo-{n}")
    cmark_out = os.path.join(out_dir, f"cmark-{n}.html")
    build = [casebook, "build", "--root", os.path.join(root, "casebook"), "--output", case_out, "-q"]
    if only_web:
        build += ["--only", "web"]
    else:
        # A casebook without --only still renders the print book and the decks' HTML,
        # but --no-pdf keeps WeasyPrint out of the comparison.
        build += ["--no-pdf"]
    # This CLI (0.29.0.gfm.6) has no footnotes switch; everything else matches casebook.
    cmark = ["cmark-gfm", "--strikethrough-double-tilde", "--table-prefer-style-attributes"]
    for name in CMARK_EXTENSIONS:
        cmark += ["-e", name]
    cmark.append(os.path.join(root, "bodies.md"))
    cache = os.path.join(root, "casebook", ".casebook-cache")
    tools = {
        "casebook": dict(argv=build, out=case_out, stdout=None, cache=cache),
        "hugo": dict(argv=["hugo", "--quiet", "--source", os.path.join(root, "hugo"), "--destination", hugo_out],
                     out=hugo_out, stdout=None),
        "cmark-gfm": dict(argv=cmark, out=None, stdout=cmark_out),
    }
    if baseline:
        tools["casebook-base"] = dict(argv=[baseline] + build[1:build.index("--output") + 1] + [base_out]
                                      + build[build.index("--output") + 2:], out=base_out, stdout=None, cache=cache)
    return tools


def clean(tool, args):
    """Empties the tool's output folder: deletes it (--delete-before-run) or moves it into
    OUT/.old, deleted by finish() after the last run."""
    if not tool["out"] or not os.path.lexists(tool["out"]):
        return
    if args.delete_before_run:
        shutil.rmtree(tool["out"], ignore_errors=True)
        return
    old = os.path.join(args.out_dir, ".old")
    os.makedirs(old, exist_ok=True)
    os.rename(tool["out"], os.path.join(old, f"{os.path.basename(tool['out'])}-{time.monotonic_ns()}"))


def finish(args):
    """Deletes every output moved aside."""
    shutil.rmtree(os.path.join(args.out_dir, ".old"), ignore_errors=True)


def bench_size(n, args, casebook, only_web):
    work = args.work
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), os.path.join(work, f"n{n}")], check=True)
    markdown_mb = os.path.getsize(os.path.join(work, f"n{n}", "bodies.md")) / 1e6
    os.makedirs(args.out_dir, exist_ok=True)
    tools = {name: tool for name, tool in tools_for(n, work, args.out_dir, casebook, only_web, args.baseline).items()
             if name in args.tools or (name == "casebook-base" and "casebook" in args.tools)}
    samples = {name: [] for name in tools}
    for round_index in range(args.runs + 1):  # round 0 warms the page cache and is not counted
        for name, tool in tools.items():
            clean(tool, args)
            if args.cold and tool.get("cache"):
                shutil.rmtree(tool["cache"], ignore_errors=True)
            # What the previous run left for the disk to write (Hugo's 10,000 pages, the removed
            # output) is written now, not during the next tool's timed run.
            os.sync()
            sample = run_measured(tool["argv"], tool["stdout"])
            if round_index:
                samples[name].append(sample)
            print(f"  n={n} {name:9} run {round_index}: {sample[0]:.2f} s, {sample[1]:.0f} MB, cpu {sample[2]:.2f} s",
                  file=sys.stderr, flush=True)
    rows = []
    for name, runs in samples.items():
        html = count_html(tools[name]["out"]) if tools[name]["out"] else 0
        rows.append(dict(tool=name, n=n, pages=2 * n, html=html, markdown_mb=markdown_mb,
                         wall=statistics.median(r[0] for r in runs), low=min(r[0] for r in runs),
                         high=max(r[0] for r in runs), rss=statistics.median(r[1] for r in runs),
                         cpu=statistics.median(r[2] for r in runs)))
    for name, tool in tools.items():
        clean(tool, args)
    return rows


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def bench_serve(n, args, casebook):
    """Median and maximum seconds from saving a case file to being served the updated page."""
    root = os.path.join(args.work, f"n{n}", "casebook")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), os.path.join(args.work, f"n{n}")],
                   check=True)
    port = free_port()
    log_path = os.path.join(args.work, f"serve-{n}.log")
    server_log = open(log_path, "wb")
    server = subprocess.Popen([casebook, "serve", "--root", root, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=server_log)
    originals = {}
    latencies = []
    try:
        deadline = time.time() + 300
        while True:
            try:
                if get(port, "/ru/index.html")[0] == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.time() > deadline:
                sys.exit(f"casebook serve did not start; see {log_path}")
            time.sleep(0.05)
        step = max(1, n // args.edits)
        for k in range(args.edits):
            case_id = f"case-{1 + k * step:05d}"
            language = "ru" if k % 2 == 0 else "en"
            path = os.path.join(root, "content", "cases", f"{case_id}.{language}.md")
            page = f"/{language}/cases/{case_id}/index.html"
            originals.setdefault(path, open(path, "rb").read())
            marker = f"benchmark-edit-{k}-{time.monotonic_ns()}"
            time.sleep(1.0)  # let the previous rebuild settle
            with open(path, "ab") as f:
                f.write(f"\nEdited paragraph {marker}.\n".encode())
            saved = time.perf_counter()
            while True:
                status, body = get(port, page)
                if marker.encode() in body:
                    break
                if time.perf_counter() - saved > 30:
                    sys.exit(f"serve: {page} was not updated within 30 s")
                time.sleep(0.002)
            latencies.append(time.perf_counter() - saved)
            print(f"  serve n={n} edit {k} ({case_id}.{language}.md): {latencies[-1] * 1000:.0f} ms",
                  file=sys.stderr, flush=True)
    finally:
        for path, data in originals.items():
            with open(path, "wb") as f:
                f.write(data)
        server.terminate()
        server.wait()
        server_log.close()
    return statistics.median(latencies), max(latencies)


def markdown_tables(rows, serve, info, memory=None):
    lines = [f"Machine: {info['machine']}; output file system: {info['fs']} (earlier outputs {info['outputs']}); "
             f"load average before / after: {info['load_before']} / {info['load_after']}; {info['cache']}.",
             f"Tools: casebook {info['commit']}, {info['hugo']}, {info['cmark']}.", "",
             "| N cases | pages | Markdown | tool | wall (median) | min – max | CPU | peak RSS | pages/s | wall vs Hugo | RSS vs Hugo | vs cmark-gfm |",
             "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sorted({r["n"] for r in rows}):
        group = {r["tool"]: r for r in rows if r["n"] == n}
        hugo = group.get("hugo")
        cmark = group.get("cmark-gfm")
        for name in ("casebook", "casebook-base", "hugo", "cmark-gfm"):
            r = group.get(name)
            if not r:
                continue
            ratio = f"{r['wall'] / hugo['wall']:.2f}×" if hugo and name != "hugo" else ""
            rss = f"{r['rss'] / hugo['rss']:.2f}×" if hugo and name != "hugo" else ""
            raw = f"{r['wall'] / cmark['wall']:.2f}×" if cmark and name.startswith("casebook") else ""
            lines.append(f"| {n:,} | {r['pages']:,} | {r['markdown_mb']:.0f} MB | {name} | {r['wall']:.2f} s | "
                         f"{r['low']:.2f} – {r['high']:.2f} | {r['cpu']:.2f} s | {r['rss']:.0f} MB | "
                         f"{r['pages'] / r['wall']:,.0f} | {ratio} | {rss} | {raw} |")
    for n in sorted({r["n"] for r in rows}):
        group = {r["tool"]: r for r in rows if r["n"] == n}
        new, base = group.get("casebook"), group.get("casebook-base")
        if new and base:
            lines += ["", f"N = {n:,}: casebook {info['commit']} against the baseline binary "
                      f"({info.get('baseline', '?')}): wall {new['wall'] / base['wall']:.3f}×, "
                      f"CPU {new['cpu'] / base['cpu']:.3f}×, peak RSS {new['rss'] / base['rss']:.3f}×."]
    lines += ["", "pages = case pages (N cases × 2 languages); both sites also have list, browse and "
              "municipality pages. CPU = user + system time. cmark-gfm renders the same bodies as one "
              "document on one core and writes one file."]
    if memory:
        lines += ["", f"Memory: casebook built N = {memory['n']:,} ({2 * memory['n']:,} case pages) with a peak RSS of "
                  f"{memory['rss']:.0f} MB ({memory['rss'] / 1024:.2f} GiB) in {memory['wall']:.1f} s."]
    if serve:
        lines += ["", f"Incremental rebuild in `casebook serve` (N = {serve['n']:,}): one case file edited, "
                  f"updated page served after {serve['median'] * 1000:.0f} ms (median of {serve['edits']}), "
                  f"{serve['max'] * 1000:.0f} ms at most."]
    return "\n".join(lines)


def measure(args, casebook, only_web):
    """Every timed run: the sizes, the large memory build, the serve test."""
    rows = []
    for n in (int(s) for s in args.sizes.split(",") if s):
        rows += bench_size(n, args, casebook, only_web)
    memory = None
    if args.memory_size:
        n = args.memory_size
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), os.path.join(args.work, f"n{n}")],
                       check=True)
        tool = tools_for(n, args.work, args.out_dir, casebook, only_web)["casebook"]
        clean(tool, args)
        wall, rss, cpu = run_measured(tool["argv"])
        clean(tool, args)
        memory = dict(n=n, wall=wall, rss=rss, cpu=cpu)
        print(f"  memory n={n}: {wall:.2f} s, {rss:.0f} MB", file=sys.stderr, flush=True)
    serve = None
    if not args.no_serve and args.serve_size and "casebook" in args.tools:
        median, worst = bench_serve(args.serve_size, args, casebook)
        serve = dict(n=args.serve_size, median=median, max=worst, edits=args.edits)
    return rows, memory, serve


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000", help="numbers of cases, comma-separated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tools", default="casebook,hugo,cmark-gfm")
    parser.add_argument("--work", default=os.path.join(REPO, "bench", ".work"), help="generated sites")
    parser.add_argument("--out-dir", help="where the tools write (default: WORK/out)")
    parser.add_argument("--serve-size", type=int, default=1000, help="N of the serve test; 0 skips it")
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument("--edits", type=int, default=5, help="edits timed in the serve test")
    parser.add_argument("--memory-size", type=int, default=0,
                        help="also build this N once with casebook alone and report its peak RSS (10000: 20,000 case pages)")
    parser.add_argument("--no-build", action="store_true", help="use .build/release/casebook as it is")
    parser.add_argument("--delete-before-run", action="store_true",
                        help="delete each output right before the tool's next run instead of moving it aside")
    parser.add_argument("--cold", action="store_true",
                        help="delete the casebook's .casebook-cache before each casebook run: first builds, "
                             "not rebuilds (by default the warm-up run fills it, as a user's first build does)")
    parser.add_argument("--markdown", help="also write the result tables to this file")
    parser.add_argument("--baseline", help="another casebook binary timed in the same runs (casebook-base)")
    args = parser.parse_args()
    args.tools = args.tools.split(",")
    args.work = os.path.abspath(args.work)
    args.out_dir = os.path.abspath(args.out_dir or os.path.join(args.work, "out"))
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "casebook"], cwd=REPO, check=True)
    casebook = os.path.join(REPO, ".build", "release", "casebook")
    only_web = "--only" in subprocess.run([casebook, "build", "--help"], capture_output=True, text=True).stdout
    info = dict(machine=machine(), fs=fs_type(os.path.dirname(args.out_dir) if not os.path.exists(args.out_dir) else args.out_dir),
                load_before=" ".join(open("/proc/loadavg").read().split()[:3]),
                hugo=version(["hugo", "version"]).split(" BuildDate")[0], cmark=version(["cmark-gfm", "--version"]),
                commit=subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                      text=True).stdout.strip())
    if args.baseline:
        args.baseline = os.path.abspath(args.baseline)
        info["baseline"] = args.baseline
    try:
        rows, memory, serve = measure(args, casebook, only_web)
    finally:
        finish(args)
    info["load_after"] = " ".join(open("/proc/loadavg").read().split()[:3])
    info["outputs"] = ("deleted right before each run" if args.delete_before_run
                       else "moved aside before each run, deleted at the end")
    info["cache"] = ("casebook's .casebook-cache deleted before each of its runs (first builds)" if args.cold
                     else "casebook's .casebook-cache kept between runs (rebuilds: unchanged pages' search terms reused)")
    text = markdown_tables(rows, serve, info, memory)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")
    with open(os.path.join(args.work, "last-results.json"), "w") as f:
        json.dump(dict(info=info, rows=rows, serve=serve, memory=memory), f, indent=1)


if __name__ == "__main__":
    main()
