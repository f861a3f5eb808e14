#!/usr/bin/env python3
"""Screenshots of every page kind of a built casebook site, as a reader sees them.

Usage: .ci/screenshots.py SITE_DIR OUT_DIR

Takes, in both languages, full-page PNGs at 390 px (a phone, emulated as mobile) and at
1366 px: the home page, the cases list, a case with a photo, a case with a chart, the
Russian-only case and the English page that links to it, the municipalities list, a
municipality, the results, the browse pages (sector, target group, region) and their
indexes, every other page (about/, foreword/, …), search with the queries readers type
("отдаленного", "учет", "Чон-Токой", "water"), the 404 page, the printable HTML, and the
deck's first slides at 1024×768 each beside the same page of the deck's PDF (pdftoppm).
The first pages of each book PDF are rendered too. Everything is loaded from file://,
offline. Open OUT_DIR's PNGs and look at each.

Needs chromium, chromedriver and selenium (.ci/install-qa-tools), poppler-utils and vips.
"""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

os.environ.setdefault("SE_OFFLINE", "true")

WIDTHS = (390, 1366)
MAX_HEIGHT = 12000  # a full page taller than this is cut; the top is what matters
QUERIES = ("отдаленного", "учет", "Чон-Токой", "water")
DECK_SLIDES = (1, 2, 5, 8)


def first(paths):
    paths = sorted(p for p in paths if p.is_file())
    return paths[0] if paths else None


def pages(site: Path):
    """[(name, path, query)] for every page kind in every language folder."""
    out = [("root", site / "index.html", ""), ("404", site / "404.html", "")]
    for lang in sorted(d for d in site.iterdir() if d.is_dir() and (d / "index.html").is_file()):
        L = lang.name
        cases = sorted(lang.glob("cases/*/index.html"))
        photo = next((p for p in cases if "<img" in p.read_text(encoding="utf-8")), None)
        chart = next((p for p in cases if 'class="chart"' in p.read_text(encoding="utf-8")), None)
        picks = [
            ("home", lang / "index.html"), ("cases", lang / "cases/index.html"),
            ("case-photo", photo), ("case-chart", chart),
            ("municipalities", lang / "municipalities/index.html"),
            ("municipality", first(lang.glob("municipalities/*/index.html"))),
            ("results", lang / "results/index.html"), ("print", lang / "print/index.html"),
            ("forms", lang / "forms/index.html"), ("form", first(lang.glob("forms/*.html"))),
        ]
        for kind in ("sectors", "target-groups", "regions"):
            picks.append((kind, lang / kind / "index.html"))
            picks.append((kind[:-1], first(lang.glob(f"{kind}/*/index.html"))))
        for d in sorted(x for x in lang.iterdir() if x.is_dir()):
            if d.name not in {"cases", "municipalities", "results", "print", "forms", "search",
                              "sectors", "target-groups", "regions", "slides"}:
                picks.append((d.name, first(d.rglob("index.html"))))
        # A page in the other language reached from this one (a case with no translation).
        for p in sorted(lang.rglob("index.html")):
            text = p.read_text(encoding="utf-8")
            main = text[text.find("<main"):text.find("</main>")]
            if re.search(r'<a [^>]*hreflang="(?!%s")' % L, main):
                picks.append(("links-other-language", p))
                break
        for name, p in picks:
            if p and p.is_file():
                out.append((f"{L}-{name}", p, ""))
        for q in QUERIES:
            out.append((f"{L}-search-{q}", lang / "search/index.html", "?q=" + quote(q)))
    langs = [d.name for d in site.iterdir() if d.is_dir() and (d / "cases").is_dir()]
    for p in sorted(site.glob("*/cases/*/index.html")):
        lang, slug = p.parts[-4], p.parts[-2]
        if not any((site / o / "cases" / slug / "index.html").is_file() for o in langs if o != lang):
            out.append((f"{lang}-case-one-language", p, ""))
            break
    return out


def driver(profile):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    opts = Options()
    opts.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              f"--user-data-dir={profile}", "--hide-scrollbars", "--force-device-scale-factor=1",
              "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
              "--proxy-server=http://127.0.0.1:9", "--window-size=1366,900"):
        opts.add_argument(a)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                            options=opts)


def shoot(d, url, width, height, out: Path, full=True):
    import base64
    import time
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    d.get(url)
    time.sleep(0.3)  # search runs after load
    h = height
    if full:
        h = min(MAX_HEIGHT, d.execute_script("return document.documentElement.scrollHeight"))
    shot = d.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": full,
        "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}})
    out.write_bytes(base64.b64decode(shot["data"]))
    overflow = d.execute_script("return document.documentElement.scrollWidth") - width
    return overflow


def main(argv):
    if len(argv) != 3:
        print("usage: screenshots.py SITE_DIR OUT_DIR", file=sys.stderr)
        return 2
    site, out = Path(argv[1]).resolve(), Path(argv[2]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    wide = []
    with tempfile.TemporaryDirectory(prefix="shots-chromium-") as profile:
        d = driver(profile)
        try:
            for name, path, query in pages(site):
                for w in WIDTHS:
                    over = shoot(d, path.as_uri() + query, w, 900, out / f"{name}-{w}.png")
                    if over > 0:
                        wide.append(f"{name} at {w}px: {over}px wider than the screen")
            for deck in sorted(site.glob("*/slides/*/index.html")):
                lang, name = deck.parts[-4], deck.parts[-2]
                pdf = deck.parent.parent / f"{name}.pdf"
                for n in DECK_SLIDES:
                    html_png = out / f"{lang}-deck-{name}-{n}-html.png"
                    shoot(d, deck.as_uri() + f"#{n}", 1024, 768, html_png, full=False)
                    if pdf.is_file():
                        stem = out / f"{lang}-deck-{name}-{n}-pdf"
                        subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", str(n), "-l", str(n),
                                        "-scale-to-x", "1024", "-scale-to-y", "-1", str(pdf), str(stem)],
                                       check=True)
                        subprocess.run(["vips", "arrayjoin", f"{html_png} {stem}.png",
                                        str(out / f"{lang}-deck-{name}-{n}-side-by-side.png"),
                                        "--across", "2", "--shim", "16", "--background", "255"], check=True)
        finally:
            d.quit()
    for pdf in sorted(site.glob("*/*.pdf")):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4", str(pdf),
                        str(out / f"{pdf.parts[-2]}-{pdf.stem}-pdf")], check=True)
    for line in wide:
        print("wider than the screen:", line)
    print(f"screenshots in {out}: {len(list(out.glob('*.png')))} PNGs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
