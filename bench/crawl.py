#!/usr/bin/env python3
"""Crawls a running archive and records every page it reaches: path, status, content
type, Location and the SHA-256 of the body, one tab-separated line a page, sorted.

Two crawls of the same archive by two builds are then compared with diff: a change
meant to keep behaviour (a refactoring) must leave every line as it was.

    bench/crawl.py http://127.0.0.1:18080 out.tsv [--max 20000]

It starts at /, /sitemap.xml, /feed.xml and /robots.txt, and follows every same-origin
link it finds: href, src and srcset in HTML, <loc> and href in XML, Location of a
redirect. Absolute links on archive.base-url count as same-origin.
"""
import argparse
import hashlib
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

LINK = re.compile(r'''(?:href|src)\s*=\s*["']([^"']+)["']|<loc>([^<]+)</loc>|srcset\s*=\s*["']([^"']+)["']''')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(opener, url):
    request = urllib.request.Request(url, headers={"Accept": "text/html,*/*;q=0.8"})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def paths_in(body, origins):
    text = body.decode("utf-8", "replace").replace("&amp;", "&")
    for match in LINK.finditer(text):
        if match.group(3):
            candidates = [part.strip().split(" ")[0] for part in match.group(3).split(",")]
        else:
            candidates = [match.group(1) or match.group(2)]
        for candidate in candidates:
            path = same_origin_path(candidate.strip(), origins)
            if path:
                yield path


def same_origin_path(link, origins):
    for origin in origins:
        if link.startswith(origin + "/"):
            link = link[len(origin):]
            break
    if not link.startswith("/") or link.startswith("//"):
        return None
    return link.split("#")[0] or None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base")
    parser.add_argument("out")
    parser.add_argument("--max", type=int, default=20000)
    parser.add_argument("--base-url", default="http://localhost:8080", help="the archive's archive.base-url")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    origins = [base, args.base_url.rstrip("/")]
    opener = urllib.request.build_opener(NoRedirect)
    queue = deque(["/", "/sitemap.xml", "/feed.xml", "/robots.txt"])
    seen = set(queue)
    lines = []
    while queue and len(seen) <= args.max:
        path = queue.popleft()
        status, headers, body = fetch(opener, base + path)
        location = headers.get("Location", "") if headers else ""
        kind = headers.get("Content-Type", "") if headers else ""
        lines.append("\t".join([path, str(status), kind, location, hashlib.sha256(body).hexdigest()]))
        found = list(paths_in(body, origins)) if ("html" in kind or "xml" in kind) else []
        if location:
            found.append(same_origin_path(location, origins))
        for link in found:
            if link and link not in seen:
                seen.add(link)
                queue.append(link)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(lines)) + "\n")
    print(f"{len(lines)} pages crawled into {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
