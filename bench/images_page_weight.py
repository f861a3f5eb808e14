#!/usr/bin/env python3
"""What a case page with its photos weighs on a phone: HTML + CSS + JS + the images the
browser picks, measured in headless Chromium at 390 CSS px wide, DPR 1, 2 and 3.

Usage (from the repository root, after bench/images.py has built bench/.work/images/book):
  bench/images_page_weight.py                  the case with 6 photos and the one with the most
  bench/images_page_weight.py --site DIR --page ru/cases/x/index.html ...
  bench/images_page_weight.py --limit-kb 250   exit 1 when the budget page is over the limit
  bench/images_page_weight.py --site bench/.work/images-noisy/book/site   the noisy photos
  bench/images_page_weight.py --sizes          check the pages' `sizes` against the layout

The site is served over HTTP on 127.0.0.1 (Python's http.server) so that Chromium's Resource
Timing API reports each file's size (encodedBodySize; file:// reports none). Two figures per
page and DPR:
  opened    what the page loads as opened: lazy images below the first screens are not fetched
  scrolled  after scrolling to the bottom: every photo of the page, at the width picked
The budget (--limit-kb, default 250 KB) applies to the 6-photo case scrolled through at DPR 1,
2 and 3 (most phones are DPR 2 or 3; an iPhone 12–16 is 390 px at DPR 3), and to every page as
opened at those DPRs. The page with the most photos scrolled through is printed for information.

--sizes instead lays each page out at screen widths from 320 to 1440 CSS px and compares how
wide each photo is shown with the width its `sizes` attribute tells the browser (which picks
the copy from it before the layout is known): exit 1 where they differ by more than 2 px.
"""
import argparse
import functools
import http.server
import os
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

SHOWN_JS = """
const probe = document.createElement('div');
probe.style.position = 'absolute';
document.body.appendChild(probe);
const widths = Array.from(document.querySelectorAll('img[sizes]')).map(img => {
  // The first entry whose media condition matches, as the browser reads `sizes`.
  let length = null;
  for (const part of img.sizes.split(/,\\s*(?![^()]*\\))/)) {
    // A media condition (maybe none), then the length: a calc() or a single value.
    const [, condition, size] = part.trim().match(/^(.*?)\\s*(calc\\(.*\\)|[^\\s()]+)$/);
    if (!condition || matchMedia(condition).matches) { length = size; break; }
  }
  probe.style.width = length;
  return [img.getBoundingClientRect().width, probe.getBoundingClientRect().width, img.currentSrc.split('/').pop()];
});
probe.remove();
return widths;
"""

SIZES_JS = """
const entries = performance.getEntriesByType('resource');
const nav = performance.getEntriesByType('navigation')[0];
const files = entries.map(e => [e.name, e.encodedBodySize, e.initiatorType]);
files.push([nav.name, nav.encodedBodySize, 'navigation']);
const picked = Array.from(document.images).map(i => i.currentSrc);
return {files: files, picked: picked};
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser(dpr):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-cache"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": dpr}})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def measure(driver, url, scroll):
    # Each figure is a first visit: without this the second load of a page took the style
    # sheet and script from the memory cache and reported them as 0 bytes (19 KB too little).
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get(url)
    time.sleep(0.5)
    if scroll:
        height = driver.execute_script("return document.body.scrollHeight")
        for y in range(0, height + 844, 400):
            driver.execute_script(f"window.scrollTo(0, {y})")
            time.sleep(0.05)
        time.sleep(1.0)
    result = driver.execute_script(SIZES_JS)
    total = sum(size for _, size, _ in result["files"])
    images = [(name, size) for name, size, kind in result["files"] if "/media/" in name]
    return total, images, result["picked"]


def check_sizes(pages, base):
    """Each page at each width: how wide its photos are shown against what `sizes` says."""
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    # No scrollbar: 100vw in `sizes` counts its width, the layout does not (15 px on a desktop).
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-cache", "--hide-scrollbars"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wrong = []
    print("| page | screen px | shown px | `sizes` px |")
    print("|---|---|---|---|")
    try:
        for width in (320, 360, 390, 414, 600, 639, 641, 680, 690, 768, 991, 993, 1024, 1060, 1080, 1280, 1440):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 800})
            for page in pages:
                driver.get(base + page)
                shown = driver.execute_script(SHOWN_JS)
                if not shown:
                    continue
                pairs = sorted({(round(s), round(z)) for s, z, _ in shown})
                print(f"| {page} | {width} | {', '.join(str(s) for s, _ in pairs)} | {', '.join(str(z) for _, z in pairs)} |")
                for s, z, name in shown:
                    if abs(s - z) > 2:
                        wrong.append(f"{page} at {width} px: {name} shown {s:.0f} px, sizes says {z:.0f} px")
    finally:
        driver.quit()
    return wrong


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=os.path.join(REPO, "bench", ".work", "images", "book", "site"))
    parser.add_argument("--page", action="append", help="pages to weigh (default: the bench book's 6-photo case and its fullest)")
    parser.add_argument("--budget-page", help="the page the scrolled budget applies to (default: the first)")
    parser.add_argument("--dpr", type=int, action="append", help="device pixel ratios to measure (default: 1, 2 and 3)")
    parser.add_argument("--limit-kb", type=float, default=250)
    parser.add_argument("--verbose", action="store_true", help="list the images picked")
    parser.add_argument("--sizes", action="store_true", help="check `sizes` against the layout instead of weighing")
    args = parser.parse_args()
    pages = args.page
    if not pages:
        cases = os.path.join(args.site, "ru", "cases")
        counts = {}
        for name in sorted(os.listdir(cases)):
            index = os.path.join(cases, name, "index.html")
            if os.path.exists(index):
                counts[f"ru/cases/{name}/index.html"] = open(index, encoding="utf-8").read().count("<picture")
        six = [page for page, count in counts.items() if count == 6]
        fullest = max(counts, key=lambda page: counts[page])
        pages = six[:1] + ([fullest] if fullest not in six[:1] else [])
    budget_page = args.budget_page or pages[0]
    server = serve(args.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    if args.sizes:
        wrong = check_sizes(pages, base)
        server.shutdown()
        if wrong:
            print("\n".join(wrong))
            sys.exit(1)
        return
    over = []
    print("| page | photos | DPR | opened KB | scrolled KB | images picked (scrolled) |")
    print("|---|---|---|---|---|---|")
    budget_dprs = (1, 2, 3)
    for dpr in args.dpr or (1, 2, 3):
        driver = browser(dpr)
        try:
            for page in pages:
                opened, _, _ = measure(driver, base + page, scroll=False)
                scrolled, images, picked = measure(driver, base + page, scroll=True)
                widths = sorted({os.path.basename(name).split(".")[-2] + "." + name.rsplit(".", 1)[-1] for name, _ in images})
                print(f"| {page} | {len(picked)} | {dpr} | {opened / 1024:.0f} | {scrolled / 1024:.0f} | {', '.join(widths)} |")
                if args.verbose:
                    for name, size in images:
                        print(f"    {size / 1024:6.1f} KB  {name[len(base):]}")
                if dpr in budget_dprs and opened / 1024 > args.limit_kb:
                    over.append(f"{page} at DPR {dpr} as opened: {opened / 1024:.0f} KB")
                if dpr in budget_dprs and page == budget_page and scrolled / 1024 > args.limit_kb:
                    over.append(f"{page} at DPR {dpr} scrolled through: {scrolled / 1024:.0f} KB")
        finally:
            driver.quit()
    server.shutdown()
    if over:
        print(f"over {args.limit_kb:.0f} KB: " + "; ".join(over))
        sys.exit(1)


if __name__ == "__main__":
    main()
