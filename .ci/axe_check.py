#!/usr/bin/env python3
"""Accessibility check of a built casebook site with axe-core, fully offline.

Usage: axe_check.py SITE_DIR

Picks one page of each kind per language folder (plus SITE_DIR/index.html and
SITE_DIR/404.html): home, lists, a case and a case with no translation, a municipality,
results, the browse pages and their indexes, search, every other page (about/, print/,
forms/), a slide deck and an evaluation form, loads each from file:// in headless Chromium (selenium +
/usr/bin/chromedriver), injects the axe.min.js that ships inside the
axe-core-python pip package and runs it at a 360 px and a 1280 px wide window.
One browser session is reused for all pages.

Besides axe's rules, every link in running text must be underlined (axe 4.4 cannot
decide link-in-text-block reliably; see LINKS_IN_TEXT).

Prints the violations per page and "N pages checked, M violations".
Exit status: 0 clean, 1 violations (or a page that could not be checked),
2 usage / setup error.

Environment:
  AXE_JS           path to another axe.min.js (default: the one in axe_core_python)
  CHROMIUM_BIN     default /usr/bin/chromium
  CHROMEDRIVER     default /usr/bin/chromedriver
  AXE_WIDTHS       comma-separated window widths, default "360,1280"
"""
import os
import re
import sys
import tempfile
import time
from pathlib import Path

# Never let Selenium Manager try to download a driver or a browser.
os.environ.setdefault("SE_OFFLINE", "true")

LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")  # ru, en, ky, zh-Hans, pt-BR
HEIGHT = 900
SNIPPET = 160

# (label, relative pattern). "first" patterns pick the first match in sorted order.
KINDS = [
    ("home", "index.html"),
    ("cases", "cases/index.html"),
    ("case", "cases/*/index.html"),
    ("municipalities", "municipalities/index.html"),
    ("municipality", "municipalities/*/index.html"),
    ("results", "results/index.html"),
    ("sector", "sectors/*/index.html"),
    ("target-group", "target-groups/*/index.html"),
    ("region", "regions/*/index.html"),
    ("search", "search/index.html"),
    ("deck", "slides/*/index.html"),
    ("form", "forms/*.html"),
]
KNOWN_TOP = {"cases", "municipalities", "results", "sectors", "target-groups",
             "regions", "search", "slides"}


def first(paths):
    paths = sorted(p for p in paths if p.is_file())
    return paths[0] if paths else None


def pick_pages(site: Path):
    """Return [(label, path)] in a stable order, without duplicates."""
    picked = []
    for extra in ("index.html", "404.html"):
        if (site / extra).is_file():
            picked.append((extra, site / extra))
    langs = sorted(d for d in site.iterdir()
                   if d.is_dir() and LANG_RE.match(d.name) and (d / "index.html").is_file())
    for lang in langs:
        for label, pattern in KINDS:
            p = first(lang.glob(pattern))
            if p:
                picked.append((f"{lang.name}:{label}", p))
        # A case with no translation, and the index pages of the browse kinds.
        others = [o for o in site.iterdir() if o.is_dir() and o != lang and (o / "cases").is_dir()]
        for p in sorted(lang.glob("cases/*/index.html")):
            if not any((o / "cases" / p.parent.name / "index.html").is_file() for o in others):
                picked.append((f"{lang.name}:case-one-language", p))
                break
        for kind in ("sectors", "target-groups", "regions"):
            if (lang / kind / "index.html").is_file():
                picked.append((f"{lang.name}:{kind}", lang / kind / "index.html"))
        # <lang>/pages/: first page anywhere below it
        pages = lang / "pages"
        if pages.is_dir():
            p = first(pages.rglob("*.html"))
            if p:
                picked.append((f"{lang.name}:pages", p))
        # any other top-level folder with an index.html (about/, evaluations/, …)
        for d in sorted(x for x in lang.iterdir() if x.is_dir()):
            if d.name in KNOWN_TOP or d.name == "pages":
                continue
            if (d / "index.html").is_file():
                picked.append((f"{lang.name}:{d.name}", d / "index.html"))
    seen, out = set(), []
    for label, p in picked:
        rp = p.resolve()
        if rp not in seen:
            seen.add(rp)
            out.append((label, p))
    return out, [l.name for l in langs]


def load_axe_js():
    override = os.environ.get("AXE_JS")
    if override:
        return Path(override).read_text(encoding="utf-8")
    import axe_core_python.base as b  # the package's own bundled axe.min.js
    return b.AXE_FILE_PATH.read_text(encoding="utf-8")


def make_driver(profile_dir):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for a in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        f"--user-data-dir={profile_dir}",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps", "--disable-domain-reliability",
        "--metrics-recording-only", "--hide-scrollbars", "--force-device-scale-factor=1",
        # Offline: no host name resolves and every http(s) request goes to a dead
        # loopback proxy, so a page that references a CDN cannot reach it.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        f"--window-size=1280,{HEIGHT}",
    ):
        opts.add_argument(a)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    d = webdriver.Chrome(service=service, options=opts)
    d.set_page_load_timeout(60)
    d.set_script_timeout(120)
    return d


def set_width(driver, width):
    """Make the viewport exactly `width` CSS px wide.

    Window sizing is used first; if Chromium clamps it (desktop windows have a
    minimum width), fall back to DevTools device-metrics emulation."""
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_window_size(width, HEIGHT)
    got = driver.execute_script("return window.innerWidth")
    if got != width:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600})


RUN_AXE = """
const cb = arguments[arguments.length - 1];
// A slide fades in: axe measured mid-fade reads a paler colour than a reader sees.
Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))
   .then(() => axe.run(document, {resultTypes: ['violations']}))
   .then(r => cb({ok: true, violations: r.violations, version: axe.version}))
   .catch(e => cb({ok: false, error: String(e && e.stack || e)}));
"""


# axe 4.4 cannot decide link-in-text-block where colours are close, so its intent is checked
# here: a link inside running text (a paragraph, list item, cell or quote that has text of its
# own besides the link) is underlined, so that it does not stand out by colour alone. A
# footnote reference is exempt: it is told apart by being a raised number.
LINKS_IN_TEXT = """
const blocks = 'p, li, td, dd, blockquote, figcaption';
const bad = [];
for (const a of document.querySelectorAll('a[href]')) {
  const block = a.closest(blocks);
  if (!block || a.closest('sup, nav') || a.offsetParent === null) continue;
  let own = '';
  for (const node of block.childNodes) {
    if (node.nodeType === 3) own += node.textContent;
    else if (node.nodeType === 1 && !node.contains(a) && !node.matches('a, ul, ol')) own += node.textContent;
  }
  if (own.replace(/[\\s·,.;:()\u2013\u2014|/-]+/g, '').length === 0) continue;
  const style = getComputedStyle(a);
  if (!style.textDecorationLine.includes('underline') && !parseFloat(style.borderBottomWidth)) {
    bad.push({html: a.outerHTML.slice(0, 200), target: [a.id ? '#' + a.id : a.className ? 'a.' + a.className.split(' ')[0] : 'a']});
  }
}
return bad;
"""


def links_in_text_block(driver):
    nodes = driver.execute_script(LINKS_IN_TEXT)
    if not nodes:
        return []
    return [{"id": "link-in-text-block (checked by hand)", "impact": "serious",
             "help": "A link in running text must be underlined, not told apart by colour alone",
             "nodes": nodes}]


def check_page(driver, axe_js, path, width):
    set_width(driver, width)
    driver.get(path.resolve().as_uri())
    driver.execute_script(axe_js)
    res = driver.execute_async_script(RUN_AXE)
    inner = driver.execute_script("return window.innerWidth")
    if not res or not res.get("ok"):
        raise RuntimeError((res or {}).get("error", "axe.run returned nothing"))
    return res["violations"] + links_in_text_block(driver), res.get("version"), inner


def short(s, n=SNIPPET):
    s = re.sub(r"\s+", " ", s or "").strip()
    return s if len(s) <= n else s[: n - 1] + "…"


def main(argv):
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: axe_check.py SITE_DIR", file=sys.stderr)
        return 2
    site = Path(argv[1])
    widths = [int(w) for w in os.environ.get("AXE_WIDTHS", "360,1280").split(",") if w.strip()]
    pages, langs = pick_pages(site)
    if not pages:
        print(f"axe: no pages found under {site}", file=sys.stderr)
        return 2
    try:
        axe_js = load_axe_js()
    except Exception as e:  # noqa: BLE001
        print(f"axe: cannot load axe.min.js: {e} (run .ci/install-qa-tools)", file=sys.stderr)
        return 2

    t0 = time.monotonic()
    print(f"axe: {len(pages)} pages ({', '.join(langs) or 'no language folders'}), "
          f"widths {', '.join(map(str, widths))} px")
    total_violations = 0
    broken_pages = 0
    version = None
    with tempfile.TemporaryDirectory(prefix="axe-chromium-") as profile:
        try:
            driver = make_driver(profile)
        except Exception as e:  # noqa: BLE001
            print(f"axe: cannot start Chromium/chromedriver: {short(str(e), 400)}", file=sys.stderr)
            return 2
        try:
            for label, path in pages:
                rel = path.relative_to(site)
                # rule id -> {"v": violation dict (first seen), "widths": [..], "nodes": {w: n}}
                merged = {}
                errors = []
                for w in widths:
                    try:
                        viols, version, inner = check_page(driver, axe_js, path, w)
                    except Exception as e:  # noqa: BLE001
                        errors.append(f"{w}px: {short(str(e), 300)}")
                        continue
                    if inner != w:
                        errors.append(f"{w}px: viewport is {inner}px, not {w}px")
                    for v in viols:
                        m = merged.setdefault(v["id"], {"v": v, "widths": [], "nodes": {}})
                        m["widths"].append(w)
                        m["nodes"][w] = len(v.get("nodes", []))
                if errors:
                    broken_pages += 1
                    print(f"ERROR {rel} [{label}]: could not check: {'; '.join(errors)}")
                if not merged:
                    if not errors:
                        print(f"ok    {rel} [{label}]")
                    continue
                total_violations += len(merged)
                print(f"FAIL  {rel} [{label}]: {len(merged)} violation(s)")
                for rule, m in merged.items():
                    v = m["v"]
                    nodes = v.get("nodes", [])
                    at = ",".join(f"{w}px" for w in m["widths"])
                    n = max(m["nodes"].values())
                    print(f"  - {rule} ({v.get('impact') or 'n/a'}) {v.get('help', '')} "
                          f"[{n} node(s); at {at}]")
                    targets = [" >> ".join(map(str, nd.get("target", []))) for nd in nodes[:3]]
                    if targets:
                        print(f"      targets: {' | '.join(targets)}")
                    if nodes:
                        print(f"      html:    {short(nodes[0].get('html', ''))}")
                        summary = nodes[0].get("failureSummary", "")
                        if summary:
                            print(f"      why:     {short(summary.replace(chr(10), ' '), 220)}")
                    if v.get("helpUrl"):
                        print(f"      see:     {v['helpUrl']}")
        finally:
            driver.quit()

    dt = time.monotonic() - t0
    extra = f", {broken_pages} page(s) could not be checked" if broken_pages else ""
    print(f"{len(pages)} pages checked, {total_violations} violations{extra} "
          f"(axe {version or '?'}, {dt:.1f}s)")
    return 1 if (total_violations or broken_pages) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
