#!/usr/bin/env python3
"""The image stage benchmark: what 200 phone photos cost a first build and a rebuild.

Usage (from the repository root):
  bench/images.py                  200 photos, 3 timed rebuilds
  bench/images.py --photos 40 --runs 5
  bench/images.py --kind noisy     the older, harder photos (see below)
  bench/images.py --no-build       use .build/release/casebook as it is

It makes (once, deterministically, with the `vips` tool; kept in the work folder's photos-KIND)
a set of 12-megapixel (4032 × 3024) JPEGs like a phone's, from 8 different bases, each photo a
different crop of its base, so every file has different bytes. Two kinds:
  scene   (default) a drawn scene: graded sky with clouds, textured ground, a house with
          windows and trees, softened like a lens, worn at a few scales, a sensor's mild noise
          (about 1.8 MB a file; a WebP at 720 px is about 12 KB)
  noisy   a real photo (Yams' README picture, in .build/checkouts) scaled up 3.5× with fine
          sensor-like noise: far harder to compress than the scenes (about 3 MB a file; a
          WebP at 720 px is about 30 KB), the one to hold a page-weight budget against
Then a copy of the repository's sample casebook gets them in content/media/, spread over its
cases' bodies (the first case gets 6, the rest share the others), and a twin copy gets the same
bodies without the images.

Timed (release binary, `build --only web -q`, wall time from wait4):
  first build   the casebook with photos and an empty .casebook-cache (once: it is long)
  rebuild       the same again with the cache left from the first build (median of --runs)
  no photos     the twin without images (median of --runs)
The time spent on images is each build's time minus the no-photos time. The casebook is left
in bench/.work/images/book (bench/.work/images-noisy/book for --kind noisy) for other
measurements (bench/images_page_weight.py).
"""
import argparse
import os
import random
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


def make_scene_base(index, folder):
    """A drawn scene, like a phone photo of a building on a site: a sky graded from deep blue
    to pale with soft clouds, ground textured at several scales and darker towards the camera,
    a house with a roof, windows and a door, trees; softened like a lens, then worn at a few
    scales and given a phone sensor's mild noise. Smooth areas, edges and texture, as in a
    photo, so an encoder works on it as on one; every random choice comes from the index."""
    W, H = WIDTH + MARGIN, HEIGHT + MARGIN
    path = os.path.join(folder, f"scene-{index}.v")
    if os.path.exists(path):
        return path
    tmp = os.path.join(folder, f"tmp-scene-{index}")
    os.makedirs(tmp, exist_ok=True)
    t = lambda name: os.path.join(tmp, name)
    rng = random.Random(index)
    seed = lambda: str(rng.randrange(1 << 30))
    num = lambda values: " ".join(f"{v:.4f}" for v in values)
    horizon = int(H * rng.uniform(0.32, 0.45))
    run(["vips", "xyz", t("xy.v"), str(W), str(H)])
    run(["vips", "extract_band", t("xy.v"), t("y.v"), "1"])
    # Sky: deep blue at the top to pale at the horizon, with soft clouds.
    top = [rng.uniform(60, 90), rng.uniform(110, 140), rng.uniform(180, 215)]
    low = [rng.uniform(185, 215), rng.uniform(205, 225), rng.uniform(225, 240)]
    run(["vips", "linear", "--", t("y.v"), t("sky0.v"), num([(l - u) / horizon for u, l in zip(top, low)]), num(top)])
    run(["vips", "perlin", t("cloud.v"), str(W), str(H), "--cell-size", "900", "--seed", seed()])
    run(["vips", "linear", "--", t("cloud.v"), t("cloud3.v"), "40 40 30", "0 0 0"])
    run(["vips", "add", t("sky0.v"), t("cloud3.v"), t("sky.v")])
    # Ground: earth or grass, darker towards the camera, textured at several scales.
    ground = rng.choice([[120, 110, 85], [95, 120, 60], [140, 125, 100], [110, 105, 100]])
    run(["vips", "linear", "--", t("y.v"), t("ground0.v"), num([-0.25 * g / H for g in ground]), num([g * 1.1 for g in ground])])
    texture = None
    for cell, amount in ((500, 28), (120, 18), (30, 12), (8, 8)):
        run(["vips", "perlin", t("p.v"), str(W), str(H), "--cell-size", str(cell), "--seed", seed()])
        run(["vips", "linear", "--", t("p.v"), t("q.v"), str(amount), "0"])
        if texture is None:
            shutil.move(t("q.v"), t("tex.v"))
            texture = t("tex.v")
        else:
            run(["vips", "add", texture, t("q.v"), t("tex2.v")])
            shutil.move(t("tex2.v"), texture)
    run(["vips", "add", t("ground0.v"), texture, t("ground.v")])
    run(["vips", "relational_const", t("y.v"), t("mask.v"), "less", str(horizon)])
    run(["vips", "ifthenelse", t("mask.v"), t("sky.v"), t("ground.v"), t("scene.v")])
    scene = t("scene.v")
    # A building on the horizon: wall, roof, a row of windows and a door; trees in front.
    bw, bh = int(W * rng.uniform(0.35, 0.55)), int(H * rng.uniform(0.22, 0.32))
    bx, by = int(W * rng.uniform(0.05, 0.4)), horizon + int(H * 0.08) - bh
    wall = [rng.uniform(170, 235), rng.uniform(150, 215), rng.uniform(120, 190)]
    # "--" before the arguments: a shape may start left of the picture (a negative number).
    draw = lambda kind, ink, *args: run(["vips", kind, "--fill", "--", scene, num(ink)] + [str(int(a)) for a in args])
    draw("draw_rect", [w * 0.55 for w in wall], bx - 20, by + bh - 12, bw + 40, 24)
    draw("draw_rect", wall, bx, by, bw, bh)
    roof = [rng.uniform(90, 150), rng.uniform(40, 70), rng.uniform(30, 60)]
    draw("draw_rect", roof, bx - bw // 20, by - bh // 6, bw + bw // 10, bh // 6)
    windows = rng.randint(3, 6)
    for n in range(windows):
        wx = bx + bw * (n + 0.25) / windows
        draw("draw_rect", [240, 240, 235], wx - 6, by + bh * 0.25 - 6, bw / windows * 0.5 + 12, bh * 0.35 + 12)
        draw("draw_rect", [60, 80, 100], wx, by + bh * 0.25, bw / windows * 0.5, bh * 0.35)
    draw("draw_rect", [90, 60, 45], bx + bw * 0.45, by + bh * 0.55, bw * 0.1, bh * 0.45)
    for tree in range(rng.randint(2, 4)):
        cx, cy, r = int(W * rng.uniform(0, 1)), horizon + int(H * rng.uniform(-0.02, 0.06)), int(H * rng.uniform(0.06, 0.12))
        draw("draw_rect", [70, 55, 40], cx - r // 10, cy, r // 5, int(H * 0.1))
        for leaf in range(14):
            green = [rng.uniform(35, 85), rng.uniform(70, 135), rng.uniform(25, 60)]
            draw("draw_circle", green, cx + rng.uniform(-r, r) * 0.7, cy - r + rng.uniform(-r, r) * 0.5, r * rng.uniform(0.3, 0.6))
    # A lens's softness, then wear and leaves at a few scales and a phone sensor's mild noise
    # over everything.
    run(["vips", "gaussblur", scene, t("soft.v"), "1.5"])
    scene = t("soft.v")
    for cell, amount in ((60, 10), (16, 8), (4, 6)):
        run(["vips", "perlin", t("p.v"), str(W), str(H), "--cell-size", str(cell), "--seed", seed()])
        run(["vips", "linear", "--", t("p.v"), t("q.v"), str(amount), "0"])
        run(["vips", "add", scene, t("q.v"), t("s2.v")])
        shutil.move(t("s2.v"), t("soft.v"))
    run(["vips", "gaussnoise", t("n.v"), str(W), str(H), "--sigma", "2", "--mean", "0", "--seed", seed()])
    run(["vips", "add", scene, t("n.v"), t("sum.v")])
    run(["vips", "cast", t("sum.v"), t("u.v"), "uchar"])
    run(["vips", "copy", t("u.v"), path, "--interpretation", "srgb"])
    shutil.rmtree(tmp)
    return path


def make_photos(count, folder, kind):
    os.makedirs(folder, exist_ok=True)
    names = []
    for i in range(count):
        name = f"photo-{i:03d}.jpg"
        names.append(name)
        path = os.path.join(folder, name)
        if os.path.exists(path):
            continue
        base = (make_scene_base if kind == "scene" else make_base)(i % BASES, folder)
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
    parser.add_argument("--kind", choices=("scene", "noisy"), default="scene", help="what the photos look like")
    parser.add_argument("--work", help="the work folder (default: bench/.work/images, or images-noisy for --kind noisy)")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--binary", help="a casebook binary to time instead of the release build")
    parser.add_argument("--no-first", action="store_true", help="skip the first build (keep the cache)")
    args = parser.parse_args()
    if not args.no_build and not args.binary:
        run(["swift", "build", "-c", "release", "--product", "casebook"], cwd=REPO)
    casebook = args.binary or os.path.join(REPO, ".build", "release", "casebook")
    if not args.work:
        args.work = os.path.join(REPO, "bench", ".work", "images" if args.kind == "scene" else "images-noisy")
    photos = os.path.join(args.work, "photos-scene-v1" if args.kind == "scene" else "photos-v2")
    names = make_photos(args.photos, photos, args.kind)
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
    print(f"| {args.photos} {args.kind} photos ({WIDTH}×{HEIGHT} JPEG) | wall s | CPU s | images: wall s | images: CPU s |")
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
