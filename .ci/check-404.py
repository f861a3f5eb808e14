#!/usr/bin/env python3
"""The 404 page works where a reader meets it: served for a missing address three folders deep,
in each language's folder and outside them, and opened from disk.

Usage: check-404.py SITE_DIR ROOT_URL...   (ROOT_URL: where a server serves SITE_DIR, e.g.
http://127.0.0.1:8089/casebook/; .ci/check-nginx passes its sub-folders)

For every missing address the server must answer 404 with the site's 404 page; in headless
Chromium that page must be styled (assets/casebook.css applied) and each of its links must
lead to a page of the site that the server has (HTTP 200). From disk (file://) the same.
Exit status 1 on any failure.
"""
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")

# The stylesheet is applied: it sets the body's margin to 0 and makes the 404 page's main a
# centred flex column (the browser's defaults are 8px and block).
STYLED = """
const main = document.querySelector('main');
return getComputedStyle(document.body).marginTop === '0px' && !!main && getComputedStyle(main).display === 'flex';
"""
LINKS = "return [...document.querySelectorAll('a[href]')].map(a => a.href);"


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def driver(profile):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    opts = Options()
    opts.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              f"--user-data-dir={profile}", "--window-size=1280,900"):
        opts.add_argument(a)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                            options=opts)


def main(argv):
    if len(argv) < 3:
        print("usage: check-404.py SITE_DIR ROOT_URL...", file=sys.stderr)
        return 2
    site, roots = Path(argv[1]).resolve(), [r if r.endswith("/") else r + "/" for r in argv[2:]]
    langs = sorted(d.name for d in site.iterdir() if d.is_dir() and (d / "index.html").is_file())
    failures, checked = [], 0
    with tempfile.TemporaryDirectory(prefix="check-404-") as profile:
        d = driver(profile)
        try:
            pages = [(site / "404.html").as_uri()]
            for root in roots:
                pages += [root + f"{lang}/cases/nope/missing/" for lang in langs]
                pages += [root + "nope/deeper/still/page.html"]
            for url in pages:
                served = url.startswith("http")
                root = next((r for r in roots if url.startswith(r)), site.as_uri() + "/")
                if served:
                    code, body = status(url)
                    if code != 404 or b"404" not in body:
                        failures.append(f"{url}: HTTP {code}, not the 404 page")
                        continue
                d.get(url)
                # Where the address names no language folder the script asks the server (HEAD
                # requests) for the root, and the stylesheet arrives after them.
                deadline = time.monotonic() + 5
                while not d.execute_script(STYLED) and time.monotonic() < deadline:
                    time.sleep(0.1)
                if not d.execute_script(STYLED):
                    failures.append(f"{url}: the 404 page is not styled (assets/casebook.css not applied)")
                links = d.execute_script(LINKS)
                if len(links) < len(langs):
                    failures.append(f"{url}: {len(links)} links, expected one home link per language")
                for link in links:
                    if not link.startswith(root):
                        failures.append(f"{url}: link {link} leaves the site's root {root}")
                    elif served and status(link)[0] != 200:
                        failures.append(f"{url}: link {link} is HTTP {status(link)[0]}")
                    elif not served and not Path(urllib.request.url2pathname(link[len("file://"):])).is_file():
                        failures.append(f"{url}: link {link} names no file")
                checked += 1
                print(f"ok    {url}" if not any(f.startswith(url) for f in failures) else f"FAIL  {url}")
        finally:
            d.quit()
    for failure in failures:
        print("404 page:", failure)
    print(f"404 page: {checked} addresses checked, {len(failures)} problems")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
