#!/usr/bin/env python3
"""Drives every slide deck of a built casebook site in headless Chromium, from file://.

Usage: deck_check.py SITE_DIR

For each SITE_DIR/<lang>/slides/<id>/index.html:
  * keys: → Space PgDn ← PgUp End Home move between slides; the hash follows (#3) and a
    reload keeps the place; the live region names the slide; F, B, O, ? do their jobs;
    Ctrl+P is left to the browser
  * the stage is 16:9 and fills the window at 1920×1080, 1024×768 and a phone (390×844)
  * no slide's content reaches past its stage (after the script's shrinking)
  * the presenter view (P opens a second window with ?presenter) shows the notes, the next
    slide and a timer, and the two windows keep in step both ways; then again with
    BroadcastChannel removed and no opener, so only localStorage 'storage' events carry it
  * axe-core finds no violation on the deck, on a middle slide, in the overview and in the
    presenter view

Exit status 0 when every check passes, 1 otherwise. Needs the tools of .ci/install-qa-tools.
"""
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


def driver(profile):
    opts = Options()
    opts.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
              f"--user-data-dir={profile}", "--force-device-scale-factor=1", "--disable-popup-blocking",
              "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--proxy-server=http://127.0.0.1:9"):
        opts.add_argument(a)
    d = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=opts)
    d.set_page_load_timeout(60)
    d.set_script_timeout(60)
    return d


def size(d, w, h):
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": w < 600})


def current(d):
    return d.execute_script("var s = document.querySelector('.slide.is-current'); return s ? +s.id : null")


def press(d, *keys):
    body = d.find_element("tag name", "body")
    for k in keys:
        body.send_keys(k)
    time.sleep(0.15)


def wait_for(fn, timeout=3.0):
    end = time.time() + timeout
    while time.time() < end:
        if fn():
            return True
        time.sleep(0.05)
    return fn()


def run_axe(d, axe_js, label):
    # A slide fades in (0.25 s); axe measured mid-fade reads a paler colour than a reader sees.
    wait_for(lambda: d.execute_script(
        "return document.getAnimations().every(a => a.playState !== 'running')"), timeout=5.0)
    d.execute_script(axe_js)
    res = d.execute_async_script(
        "const cb = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => cb(r.violations)).catch(e => cb([{id: String(e)}]));")
    names = [f"{v['id']} ({len(v.get('nodes', []))}: {v.get('nodes', [{}])[0].get('target', '')})" for v in res]
    check(not res, f"axe {label}: {'; '.join(names) or 'no violation'}")


def deck(d, path, axe_js):
    url = path.resolve().as_uri()
    name = "/".join(path.parts[-4:-1])
    print(f"== {name}")
    size(d, 1920, 1080)
    d.get(url)
    count = d.execute_script("return document.querySelectorAll('#deck-stage > .slide').length")
    check(count >= 2, f"{count} slides")
    check(current(d) == 1 and d.execute_script("return location.hash") == "#1", "opens on slide 1 (#1)")
    press(d, Keys.ARROW_RIGHT)
    check(current(d) == 2, "→ goes to slide 2")
    press(d, Keys.SPACE, Keys.PAGE_DOWN)
    check(current(d) == min(4, count), "Space and PgDn go on")
    press(d, Keys.ARROW_LEFT, Keys.PAGE_UP)
    check(current(d) == 2, "← and PgUp go back")
    press(d, Keys.END)
    check(current(d) == count and d.execute_script("return location.hash") == f"#{count}", "End: last slide, hash follows")
    press(d, Keys.ARROW_RIGHT)
    check(current(d) == count, "→ on the last slide stays there")
    press(d, Keys.HOME)
    check(current(d) == 1, "Home: first slide")
    middle = min(5, count)
    d.get(url.split("#")[0] + f"#{middle}")
    d.refresh()
    check(wait_for(lambda: current(d) == middle), f"a reload with #{middle} opens slide {middle}")
    d.execute_script(f"location.hash = '#{max(1, middle - 2)}'")
    check(wait_for(lambda: current(d) == max(1, middle - 2)), "a changed hash moves the deck")
    heading = d.execute_script(f"var h = document.getElementById('{count}').querySelector('h2[id]'); return h && h.id")
    if heading:
        d.execute_script(f"location.hash = '#{heading}'")
        check(wait_for(lambda: current(d) == count), f"a link to #{heading} opens the slide that holds it")
        d.execute_script(f"location.hash = '#{max(1, middle - 2)}'")
        wait_for(lambda: current(d) == max(1, middle - 2))
    press(d, Keys.ARROW_RIGHT)
    live = d.execute_script("return document.getElementById('deck-live').textContent")
    label = d.execute_script("return document.querySelector('.slide.is-current').getAttribute('aria-label')")
    check(bool(label) and label in live, f"the live region announces {live!r}")
    press(d, "b")
    check(d.execute_script("return !document.querySelector('.deck-black').hidden"), "B: black screen")
    press(d, "b")
    press(d, "?")
    check(d.execute_script("return document.getElementById('deck-help').open"), "?: the keys dialog opens")
    press(d, Keys.ESCAPE)
    check(not d.execute_script("return document.getElementById('deck-help').open"), "Esc closes it")
    ActionChains(d).key_down(Keys.CONTROL).send_keys("p").key_up(Keys.CONTROL).perform()
    check(not d.execute_script("return document.documentElement.classList.contains('presenter')"),
          "Ctrl+P is not taken as P")

    # The stage: 16:9, as large as the window allows, nothing past its edge.
    for w, h in ((1920, 1080), (1024, 768), (390, 844), (844, 390)):
        size(d, w, h)
        d.get(url.split("#")[0] + "#1")
        box = d.execute_script("var r = document.getElementById('deck-stage').getBoundingClientRect(); return [r.width, r.height]")
        fits = abs(box[0] / box[1] - 16 / 9) < 0.01 and (abs(box[0] - w) < 2 or abs(box[1] - h) < 2)
        check(fits, f"{w}×{h}: stage {box[0]:.0f}×{box[1]:.0f} is 16:9 and fills the window")
    size(d, 1920, 1080)
    d.get(url.split("#")[0] + "#1")
    overflowing = []
    for n in range(1, count + 1):
        d.execute_script(f"location.hash = '#{n}'")
        wait_for(lambda: current(d) == n)
        if d.execute_script("var b = document.querySelector('.slide.is-current .slide-body');"
                            "return b.scrollHeight > b.clientHeight + 1"):
            overflowing.append(n)
    check(not overflowing, f"no slide overflows its stage {overflowing or ''}")

    d.execute_script("location.hash = '#1'")
    wait_for(lambda: current(d) == 1)
    run_axe(d, axe_js, "slide 1")
    d.execute_script(f"location.hash = '#{count}'")
    wait_for(lambda: current(d) == count)
    run_axe(d, axe_js, f"slide {count} (the last)")
    d.execute_script(f"location.hash = '#{middle}'")
    wait_for(lambda: current(d) == middle)
    run_axe(d, axe_js, f"slide {middle}")
    press(d, "o")
    check(d.execute_script("return !document.getElementById('deck-overview').hidden"), "O: the overview opens")
    check(d.execute_script("return document.activeElement.closest('#deck-overview') !== null && "
                           f"document.activeElement.getAttribute('href') === '#{middle}'"),
          "the current slide's thumbnail has the focus")
    run_axe(d, axe_js, "overview")
    press(d, Keys.ARROW_RIGHT, Keys.ENTER)
    check(wait_for(lambda: current(d) == min(middle + 1, count)) and
          d.execute_script("return document.getElementById('deck-overview').hidden"),
          "→ then Enter in the overview opens the next slide and closes it")

    # Presenter view, opened with P, and the two windows in step.
    audience = d.current_window_handle
    d.execute_script(f"location.hash = '#{middle}'")
    wait_for(lambda: current(d) == middle)
    press(d, "p")
    check(wait_for(lambda: len(d.window_handles) == 2), "P opens a second window")
    presenter = [h for h in d.window_handles if h != audience][0]
    d.switch_to.window(presenter)
    wait_for(lambda: d.execute_script("return document.readyState") == "complete")
    check("?presenter" in d.current_url and current(d) == middle, f"it is the presenter view, on slide {middle}")
    notes = d.execute_script("return document.querySelector('.presenter-notes-text').textContent.trim()")
    check(bool(notes), f"it shows notes: {notes[:50]!r}")
    check(d.execute_script("return !!document.querySelector('.presenter-next-slide .slide, .presenter-end')"),
          "it shows the next slide")
    t1 = d.execute_script("return document.querySelector('.presenter-elapsed').textContent")
    time.sleep(1.2)
    t2 = d.execute_script("return document.querySelector('.presenter-elapsed').textContent")
    check(t1 != t2, f"the timer runs ({t1} → {t2})")
    run_axe(d, axe_js, "presenter view")
    press(d, Keys.ARROW_RIGHT)
    d.switch_to.window(audience)
    check(wait_for(lambda: current(d) == min(middle + 1, count)), "→ in the presenter view moves the audience window")
    press(d, Keys.ARROW_LEFT, Keys.ARROW_LEFT)
    d.switch_to.window(presenter)
    check(wait_for(lambda: current(d) == middle - 1), "← in the audience window moves the presenter view")
    d.close()
    d.switch_to.window(audience)

    # Again with only localStorage: no BroadcastChannel, and windows that did not open each other.
    no_channel = {"source": "delete window.BroadcastChannel;"}
    script = d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", no_channel)
    d.get("about:blank")
    d.get(url.split("#")[0] + "#2")
    d.switch_to.new_window("window")
    other = d.current_window_handle
    d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", no_channel)
    d.get(url.split("#")[0] + "?presenter#2")
    seen = d.execute_script("return [typeof BroadcastChannel, !!window.opener]")
    d.switch_to.window(audience)
    seen.append(d.execute_script("return typeof BroadcastChannel"))
    check(seen == ["undefined", False, "undefined"], "both windows without BroadcastChannel, neither opened by the other")
    d.switch_to.window(other)
    press(d, Keys.ARROW_RIGHT)
    d.switch_to.window(audience)
    check(wait_for(lambda: current(d) == 3), "storage events alone keep the windows in step (presenter → audience)")
    press(d, Keys.END)
    d.switch_to.window(other)
    check(wait_for(lambda: current(d) == count), "and back (audience → presenter)")
    d.close()
    d.switch_to.window(audience)
    d.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


def main(argv):
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: deck_check.py SITE_DIR", file=sys.stderr)
        return 2
    decks = sorted(Path(argv[1]).glob("*/slides/*/index.html"))
    if not decks:
        print("deck_check: no deck in the site", file=sys.stderr)
        return 2
    import axe_core_python.base as b
    axe_js = b.AXE_FILE_PATH.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="deck-chromium-") as profile:
        d = driver(profile)
        try:
            for path in decks:
                deck(d, path, axe_js)
        finally:
            d.quit()
    print(f"deck_check: {len(decks)} deck(s), {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
