#!/usr/bin/env python3
"""How soon an edit shows in an open browser: `casebook serve` with a case page open in headless
Chromium, one case body edited at a time, timed from saving the file to the page showing it.

Usage (from the repository root, after `swift build -c release --product casebook`):
  bench/reload_in_browser.py                 N = 1000, 5 edits
  bench/reload_in_browser.py --n 200 --edits 10 --markdown out.md

It generates the casebook with bench/generate.py (deterministic; reused when present), starts
`casebook serve` on a free port and opens /en/cases/<id>/ in Chromium through Selenium and
Debian's chromedriver (.ci/install-qa-tools installs both). Before each page load a script
records when the page started loading (the reload) and when it was first painted: `requestAnimationFrame` after DOMContentLoaded, then a
task after that frame. After each save the script polls the page for the edit's marker; the
figure is the recorded paint time minus the time the file was closed (both wall-clock, same
machine). Nothing reloads the page but the preview's own script, told over its WebSocket.

The next edit waits until the printable book has the previous one: 0.25 s after the edits
pause the preview remakes the search index and the printable book of the whole casebook, and
a save that comes while it does waits for it (the time that takes is printed too).

Then it checks that the script reconnects: the server is stopped, the case edited, the server
started again on the same port, and the page must show the edit by itself.
"""
import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Runs in every page before its own scripts: the time of its first paint, in ms since the epoch.
PAINT_PROBE = """
window.__casebookPainted = null;
document.addEventListener('DOMContentLoaded', function () {
  requestAnimationFrame(function () {
    setTimeout(function () { window.__casebookPainted = performance.timeOrigin + performance.now(); }, 0);
  });
});
"""


def start_server(casebook, root, port, log_path):
    """Starts `casebook serve`; returns the process and its port once it serves."""
    log = open(log_path, "wb")
    server = subprocess.Popen([casebook, "serve", "--root", root, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.time() + 300
    while time.time() < deadline:
        found = re.search(rb"serving on http://127\.0\.0\.1:(\d+)/", open(log_path, "rb").read())
        if found:
            return server, int(found.group(1))
        if server.poll() is not None:
            break
        time.sleep(0.05)
    server.kill()
    sys.exit(f"casebook serve did not start; see {log_path}")


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,800"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PAINT_PROBE})
    return driver


def book_length(port, language="en"):
    """The printable book's length, asked with HEAD."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("HEAD", f"/{language}/print/index.html")
        return int(connection.getresponse().getheader("Content-Length"))
    finally:
        connection.close()


def wait_for(driver, marker, limit):
    """When the page that shows `marker` started loading and was painted (seconds since the
    epoch), or None after `limit` seconds."""
    deadline = time.time() + limit
    while time.time() < deadline:
        times = driver.execute_script(
            "return document.body && document.body.innerText.indexOf(arguments[0]) >= 0 && window.__casebookPainted"
            " ? [performance.timeOrigin, window.__casebookPainted] : null", marker)
        if times:
            return times[0] / 1000, times[1] / 1000
        time.sleep(0.005)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="cases in the generated casebook")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--casebook", default=os.path.join(REPO, ".build", "release", "casebook"))
    parser.add_argument("--work", default=os.path.join(HERE, ".work"))
    parser.add_argument("--markdown", help="also write the result to this file")
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/chromedriver"):
        subprocess.run([os.path.join(REPO, ".ci", "install-qa-tools")], check=True)
    folder = os.path.join(args.work, f"n{args.n}")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(args.n), folder], check=True)
    root = os.path.join(folder, "casebook")
    case_id = f"case-{max(1, args.n // 2):05d}"
    path = os.path.join(root, "content", "cases", f"{case_id}.en.md")
    original = open(path, "rb").read()
    log_path = os.path.join(args.work, "reload-in-browser.log")
    server, port = start_server(args.casebook, root, 0, log_path)
    driver = None
    latencies = []
    followed = []
    reloads = []
    try:
        driver = browser()
        driver.get(f"http://127.0.0.1:{port}/en/cases/{case_id}/")
        time.sleep(1.0)  # the page's WebSocket connects
        for k in range(args.edits):
            marker = f"browser-edit-{k}-{time.monotonic_ns()}"
            book = book_length(port)
            with open(path, "ab") as f:
                f.write(f"\nEdited paragraph {marker}.\n".encode())
            saved = time.time()
            times = wait_for(driver, marker, 30)
            if times is None:
                sys.exit(f"the page did not show edit {k} within 30 s; see {log_path}")
            latencies.append(times[1] - saved)
            reloads.append(times[0] - saved)
            while book_length(port) == book and time.time() - saved < 120:
                time.sleep(0.5)  # asking more often slows the server that remakes the book
            followed.append(time.time() - saved)
            print(f"  edit {k}: shown {latencies[-1] * 1000:.0f} ms after the save (reload started after "
                  f"{reloads[-1] * 1000:.0f} ms); printable book and search index "
                  f"{followed[-1]:.1f} s after it", file=sys.stderr, flush=True)

        # The script connects again after a restart and reloads by itself.
        server.terminate()
        server.wait()
        marker = f"after-restart-{time.monotonic_ns()}"
        with open(path, "ab") as f:
            f.write(f"\nEdited paragraph {marker}.\n".encode())
        server, _ = start_server(args.casebook, root, port, log_path)
        reconnected = wait_for(driver, marker, 30) is not None
        print(f"  after a restart of the server the open page {'reloaded' if reconnected else 'did NOT reload'}",
              file=sys.stderr)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait()
        with open(path, "wb") as f:
            f.write(original)
    text = (f"Edit shown in headless Chromium (N = {args.n:,}, {case_id}.en.md, {args.edits} edits): "
            f"median {statistics.median(latencies) * 1000:.0f} ms, at most {max(latencies) * 1000:.0f} ms "
            f"after the save, the page's reload starting after {statistics.median(reloads) * 1000:.0f} ms "
            f"(search index and printable book: median {statistics.median(followed):.1f} s); "
            f"reconnects after a restart: {'yes' if reconnected else 'NO'}.")
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")
    if not reconnected:
        sys.exit(1)


if __name__ == "__main__":
    main()
