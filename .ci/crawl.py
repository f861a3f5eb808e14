#!/usr/bin/env python3
"""Crawl a site served over HTTP from its entry page and fail on any broken link or fragment.

Usage: crawl.py http://127.0.0.1:8089/casebook/index.html
Follows every href/src under the entry page's folder (the site's sub-folder), requires
HTTP 200 for each, and checks that every #fragment names an id on the target page.
"""
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            value = attrs.get(name)
            if value and tag != "link" or (tag == "link" and attrs.get("rel") == "stylesheet" and value):
                if value:
                    self.links.append(value)


def main(entry):
    base = entry.rsplit("/", 1)[0] + "/"
    queue, seen, pages, broken, checked = [entry], set(), {}, [], 0
    fragments = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read()
                kind = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            broken.append(f"{url}: HTTP {error.code}")
            continue
        checked += 1
        if "text/html" not in kind:
            continue
        page = Page()
        page.feed(body.decode("utf-8", "replace"))
        pages[url] = page.ids
        for link in page.links:
            target = urllib.parse.urljoin(url, link)
            scheme = urllib.parse.urlsplit(target).scheme
            if scheme not in ("http", "https") or not target.startswith(base):
                continue
            address, _, fragment = target.partition("#")
            if fragment:
                fragments.append((url, address, urllib.parse.unquote(fragment)))
            queue.append(address)
    for source, address, fragment in fragments:
        if address in pages and fragment not in pages[address]:
            broken.append(f"{source}: #{fragment} not found in {address}")
    for line in broken:
        print("broken:", line)
    print(f"crawl: {checked} URLs fetched, {len(broken)} broken")
    return 1 if broken or checked < 10 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
