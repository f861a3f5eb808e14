#!/usr/bin/env python3
"""The image stage benchmark: what 200 phone photos cost a first build and a rebuild.

Usage (from the repository root):
  bench/images.py                  200 photos, 3 timed rebuilds
  bench/images.py --photos 40 --runs 5
  bench/images.py --no-build       use .build/release/casebook as it is

It makes (once, deterministically, with the `vips` tool; kept in bench/.work/images/photos)
a set of 12-megapixel (4032 × 3024) JPEGs of a few MB each, like a phone's: a real photo
(Yams' README picture, in .build/checkouts) scaled up, with fine sensor-like noise, each photo
a different crop, so every file has different bytes. Then a copy of the repository's sample casebook gets them in content/media/,
spread over its cases' bodies (the first case gets 6, the rest share the others), and a twin
copy gets the same bodies without the images.

Timed (release binary, `build --only web -q`, wall time from wait4):
  first build   the casebook with photos and an empty .casebook-cache (once: it is long)
  rebuild       the same again with the cache left from the first build (median of --runs)
  no photos     the twin without images (median of --runs)
The time spent on images is each build's time minus the no-photos time. The casebook is left
in bench/.work/images/book for other measurements (bench/page_weight.py).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WIDTH, HEIGHT = 4032, 3024
BASES = 8
MARGIN = 200


def run(argv, **kwargs):
    subprocess.run(argv, check=True, **kwargs)


def seed_photo():
    """A real photo to start from: Yams' README picture (1280 × 853, MIT), which every build of
    this package has in .build/checkouts."""
    path = os.path.join(REPO, ".build", "checkouts", "Yams", "yams.jpg")
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: run `swift build` first")
    return path


def make_base(index, folder):
    """The seed photo scaled up to a phone's size plus a margin (flipped for odd bases), with
    fine noise like a phone sensor's: a photo to an encoder, neither flat nor pure noise."""
    path = os.path.join(folder, f"base-{index}.v")
    if os.path.exists(path):
        return path
    tmp = os.path.join(folder, f"tmp-{index}")
    os.makedirs(tmp, exist_ok=True)
    t = lambda name: os.path.join(tmp, name)
    seed = seed_photo()
    if index % 2:
        run(["vips", "flip", seed, t("seed.v"), "horizontal"])
        seed = t("seed.v")
    # 853 px high to HEIGHT + MARGIN: the width follows (3:2), more than WIDTH + MARGIN.
    run(["vips", "resize", seed, t("big.v"), str((HEIGHT + MARGIN) / 853), "--kernel", "cubic"])
    run(["vips", "crop", t("big.v"), t("crop.v"), str(index * 40), "0", str(WIDTH + MARGIN), str(HEIGHT + MARGIN)])
    run(["vips", "gaussnoise", t("n.v"), str(WIDTH + MARGIN), str(HEIGHT + MARGIN), "--sigma", "4", "--mean", "0",
         "--seed", str(index)])
    run(["vips", "add", t("crop.v"), t("n.v"), t("sum.v")])
    run(["vips", "cast", t("sum.v"), t("u.v"), "uchar"])
    run(["vips", "copy", t("u.v"), path, "--interpretation", "srgb"])
    shutil.rmtree(tmp)
    return path


def make_photos(count, folder):
    os.makedirs(folder, exist_ok=True)
    names = []
    for i in range(count):
        name = f"photo-{i:03d}.jpg"
        names.append(name)
        path = os.path.join(folder, name)
        if os.path.exists(path):
            continue
        base = make_base(i % BASES, folder)
        step = i // BASES
        left, top = (step * 37) % MARGIN, (step * 53) % MARGIN
        run(["vips", "crop", base, path + "[Q=90]", str(left), str(top), str(WIDTH), str(HEIGHT)])
        print(f"\rphotos: {i + 1}/{count}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return names


def case_stems(content):
    stems = sorted({name.split(".")[0] for name in os.listdir(os.path.join(content, "cases")) if name.endswith(".md")})
    return stems


def make_books(work, photos, names):
    """The sample casebook with the photos in its cases' bodies, and its twin without them."""
    books = {}
    stems = None
    for kind in ("book", "twin"):
        root = os.path.join(work, kind)
        # The image cache stays: --no-first times rebuilds against the last run's.
        for part in ("content", "themes", "site"):
            shutil.rmtree(os.path.join(root, part), ignore_errors=True)
        os.makedirs(root, exist_ok=True)
        for part in ("content", "themes"):
            shutil.copytree(os.path.join(REPO, part), os.path.join(root, part))
        stems = case_stems(os.path.join(root, "content"))
        # The first case gets 6 photos; the others share the rest in turn.
        assigned = {stem: [] for stem in stems}
        assigned[stems[0]] = names[:6]
        for i, name in enumerate(names[6:]):
            assigned[stems[1 + i % (len(stems) - 1)]].append(name)
        if kind == "book":
            media = os.path.join(root, "content", "media")
            os.makedirs(media)
            for name in names:
                os.link(os.path.join(photos, name), os.path.join(media, name))
        for file in os.listdir(os.path.join(root, "content", "cases")):
            stem = file.split(".")[0]
            if not assigned.get(stem) or kind == "twin":
                continue
            path = os.path.join(root, "content", "cases", file)
            with open(path, "a", encoding="utf-8") as out:
                out.write("\n")
                for n, name in enumerate(assigned[stem]):
                    out.write(f"\n![Photo {n + 1} of the place](../media/{name})\n")
        books[kind] = root
    return books, stems


def timed(argv):
    """Wall seconds and CPU seconds (user + system, from wait4) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed ({status})")
    return wall, usage.ru_utime + usage.ru_stime


def build(casebook, root):
    os.sync()
    return timed([casebook, "build", "--root", root, "--only", "web", "-q"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default=os.path.join(REPO, "bench", ".work", "images"))
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--binary", help="a casebook binary to time instead of the release build")
    parser.add_argument("--no-first", action="store_true", help="skip the first build (keep the cache)")
    args = parser.parse_args()
    if not args.no_build and not args.binary:
        run(["swift", "build", "-c", "release", "--product", "casebook"], cwd=REPO)
    casebook = args.binary or os.path.join(REPO, ".build", "release", "casebook")
    photos = os.path.join(args.work, "photos-v2")
    names = make_photos(args.photos, photos)
    books, stems = make_books(args.work, photos, names)
    cache = os.path.join(books["book"], ".casebook-cache")
    if not args.no_first:
        shutil.rmtree(cache, ignore_errors=True)
        first = build(casebook, books["book"])
    build(casebook, books["twin"])
    rebuilds, plain = [], []
    for _ in range(args.runs):
        rebuilds.append(build(casebook, books["book"]))
        plain.append(build(casebook, books["twin"]))
    median = lambda runs, i: statistics.median(run[i] for run in runs)
    rebuild, twin = (median(rebuilds, 0), median(rebuilds, 1)), (median(plain, 0), median(plain, 1))
    print(f"| {args.photos} photos ({WIDTH}×{HEIGHT} JPEG) | wall s | CPU s | images: wall s | images: CPU s |")
    print("|---|---|---|---|---|")
    if not args.no_first:
        print(f"| first build (empty cache) | {first[0]:.2f} | {first[1]:.2f} | {first[0] - twin[0]:.2f} | "
              f"{first[1] - twin[1]:.2f} ({(first[1] - twin[1]) / args.photos:.2f} per photo) |")
    print(f"| rebuild (median of {args.runs}) | {rebuild[0]:.2f} | {rebuild[1]:.2f} | {rebuild[0] - twin[0]:.2f} | {rebuild[1] - twin[1]:.2f} |")
    print(f"| same casebook without photos | {twin[0]:.2f} | {twin[1]:.2f} | — | — |")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"case with 6 photos: {stems[0]}; the others: {len(names) - 6} photos over {len(stems) - 1} cases")


if __name__ == "__main__":
    main()
