"""Turns the raw figures of one bench/run.sh run (the *.tsv files in its folder) into
markdown tables: medians of rounds, and ratios taken round by round (the app and its
reference measured back to back), so that the noise of a shared machine cancels.

    python3 bench/tables.py bench/work/run-<time>
"""
import csv
import statistics
import sys
from collections import defaultdict
from pathlib import Path

RUN = Path(sys.argv[1])


def rows(name):
    path = RUN / name
    if not path.exists():
        return []
    with path.open() as f:
        return list(csv.reader(f, delimiter="\t"))


def median(values):
    return statistics.median(values) if values else float("nan")


def fmt(value, digits=0):
    return f"{value:,.{digits}f}"


def table(header, body):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in body]
    return "\n".join(lines)


def archive_name(archive):
    return "seed archive (1 article)" if archive == "seed" else f"{int(archive):,} generated articles"


def throughput():
    groups = defaultdict(list)
    order = []
    for archive, label, conns, _round, a_rps, a_p99, a_err, a_non, r_rps, r_p99, r_err, r_non in rows("throughput.tsv"):
        key = (archive, label, int(conns))
        if key not in groups:
            order.append(key)
        groups[key].append(dict(a_rps=float(a_rps), a_p99=float(a_p99), a_err=int(a_err) + int(a_non),
                                r_rps=float(r_rps), r_p99=float(r_p99), r_err=int(r_err) + int(r_non)))
    out = []
    for archive in dict.fromkeys(key[0] for key in order):
        body = []
        for key in [k for k in order if k[0] == archive]:
            runs = groups[key]
            ratios = [r["a_rps"] / r["r_rps"] for r in runs]
            size = RUN / f"nginx-{archive}" / "bytes" / key[1]
            body.append([key[1], fmt(size.stat().st_size) if size.exists() else "?", key[2], fmt(median([r["a_rps"] for r in runs])), fmt(median([r["r_rps"] for r in runs])),
                         f"**{median(ratios):.2f}**", " ".join(f"{x:.2f}" for x in ratios),
                         f"{median([r['a_p99'] for r in runs]):.1f} (max {max(r['a_p99'] for r in runs):.1f})",
                         f"{median([r['r_p99'] for r in runs]):.1f}",
                         f"{sum(r['a_err'] for r in runs)} / {sum(r['r_err'] for r in runs)}"])
        out.append(f"### Requests per second, {archive_name(archive)}: the app against nginx\n\n" + table(
            ["page", "bytes", "conns", "app req/s", "nginx req/s", "app/nginx", "per round", "app p99 ms", "nginx p99 ms",
             "errors app / nginx"], body))
        # Warm pages against the article page, round by round, at each connection count.
        body = []
        for conns in dict.fromkeys(k[2] for k in order if k[0] == archive):
            article = groups.get((archive, "article", conns))
            if not article:
                continue
            for key in [k for k in order if k[0] == archive and k[2] == conns and k[1] not in ("article", "image")]:
                ratios = [a["a_rps"] / p["a_rps"] for a, p in zip(article, groups[key])]
                body.append([key[1], conns, fmt(median([p["a_rps"] for p in groups[key]])), f"**{median(ratios):.2f}**",
                             " ".join(f"{x:.2f}" for x in ratios)])
        out.append(f"### Warm pages against the article page, {archive_name(archive)}\n\n"
                   "How many times the article page's requests/s each page's is (1.00 = as fast; the target is at most 1.5).\n\n"
                   + table(["page", "conns", "app req/s", "article/page", "per round"], body))
    return out


def uncached():
    groups = defaultdict(list)
    for archive, label, status, seconds in rows("uncached.tsv"):
        groups[(archive, label)].append((status, float(seconds) * 1000))
    if not groups:
        return []
    body = []
    for (archive, label), samples in groups.items():
        times = [ms for _, ms in samples]
        bad = sum(1 for status, _ in samples if status != "200")
        if label == "search-p95":
            times.sort()
            p95 = times[max(0, -(-95 * len(times) // 100) - 1)]
            body.append(["search, 12 different queries", len(times), f"{median(times):.1f}", f"**p95 {p95:.1f}**", bad])
        else:
            body.append([label, len(times), f"**{median(times):.1f}**", f"{max(times):.1f} max", bad])
    archive = next(iter(groups))[0]
    return [f"### First (uncached) renders, {archive_name(archive)}\n\n"
            "After the load above and 20 unrecorded renders a page (a warm JVM). curl on loopback, one request at a time; the page cache is emptied (on the management port) before each request.\n\n"
            + table(["page", "requests", "median ms", "spread", "non-200"], body)]


STARTS = {
    "plain": "plain `java -jar` (AOT)",
    "plain-without-aot": "plain `java -jar`, without AOT",
    "cds": "CDS (extracted jar, `-XX:SharedArchiveFile`, AOT)",
}


def startup():
    groups = defaultdict(list)
    for mode, _round, app, minimal in rows("startup.tsv"):
        groups[mode].append((float(app), float(minimal)))
    if not groups:
        return []
    body = []
    for mode, runs in groups.items():
        ratios = [a / m for a, m in runs]
        body.append([STARTS.get(mode, mode),
                     len(runs), f"{median([a for a, _ in runs]):.2f}", f"{median([m for _, m in runs]):.2f}",
                     f"**{median(ratios):.2f}**", " ".join(f"{x:.2f}" for x in ratios)])
    return ["### Start-up to the first 200, the app (seed archive) against a minimal Spring Boot webmvc app\n\n"
            "Seconds from launching the JVM to the first `200` on `/`, the two apps started one after the other in each round; "
            "the app with `-Dspring.aot.enabled=true` (AOT) except in the row that says without, the minimal app as Spring Boot starts any app.\n\n"
            + table(["start", "rounds", "app s", "minimal s", "app/minimal", "per round"], body)]


def starts_and_memory():
    body = []
    memory = {archive: (rss, heap) for archive, rss, heap in rows("memory.tsv")}
    for archive, up, ready, import_ in rows("start.tsv"):
        rss, heap = memory.get(archive, ("?", "? ?"))
        used, committed = (heap.split() + ["?", "?"])[:2]
        body.append([archive_name(archive), up, ready, import_ or "?", rss, f"{used} / {committed}"])
    if not body:
        return []
    return ["### Start, import, memory after the load above (`-Xmx4g`)\n\n"
            + table(["archive", "first page s", "search ready s", "import", "RSS MB after load", "heap used / committed MB"], body)]


def small_heap():
    found = rows("xmx256m.tsv")
    if not found:
        return []
    rps, p99, errors, non2xx, status, oom, rss, heap, seconds, fresh, ready = found[0]
    return ["### The generated archive with `-Xmx256m`, under load\n\n"
            f"wrk, 256 connections, {seconds} s, every page above and the image in turn, one request in {fresh} a tag page at a new cursor (a render); "
            "H2 with its default cache.\n\n"
            + table(["ready (search) s", "req/s", "p99 ms", "socket errors", "non-2xx/3xx", "statuses", "OutOfMemoryError in log", "RSS MB",
                     "heap used / committed MB"], [[ready, fmt(float(rps)), p99, errors, non2xx, status.strip(), oom, rss, heap.replace(" ", " / ")]])]


SERVERS = ["nginx", "tomcat", "jetty", "floor-tomcat", "floor-jetty"]
SERVER_NAMES = {"nginx": "nginx", "tomcat": "app on Tomcat", "jetty": "app on Jetty",
                "floor-tomcat": "bare servlet on Tomcat", "floor-jetty": "bare servlet on Jetty"}


def serving():
    """The serving part: each server's req/s at 64 connections and p99 at 256, and its
    ratio to nginx taken round by round (each round ran all five back to back)."""
    runs = defaultdict(dict)
    for encoding, label, conns, round_, server, rps, p99, err, non, *_ in rows("serving.tsv"):
        runs[(encoding, label, int(conns), round_)][server] = dict(rps=float(rps), p99=float(p99), err=int(err) + int(non))
    if not runs:
        return []
    out = []
    for encoding in dict.fromkeys(key[0] for key in runs):
        body = []
        for label in dict.fromkeys(key[1] for key in runs if key[0] == encoding):
            def of(conns):
                return [r for key, r in runs.items() if key[:3] == (encoding, label, conns)]
            at64, at256 = of(64), of(256)
            size = RUN / "nginx-serving" / "bytes" / label
            for server in SERVERS:
                r64 = [r[server] for r in at64 if server in r]
                r256 = [r[server] for r in at256 if server in r]
                if not r64:
                    continue
                ratios = [r[server]["rps"] / r["nginx"]["rps"] for r in at64 if server in r and "nginx" in r]
                ratios256 = [r[server]["rps"] / r["nginx"]["rps"] for r in at256 if server in r and "nginx" in r]
                body.append([label, fmt(size.stat().st_size) if size.exists() else "?", SERVER_NAMES[server],
                             fmt(median([x["rps"] for x in r64])),
                             f"**{median(ratios):.2f}**" if server != "nginx" else "1", " ".join(f"{x:.2f}" for x in ratios),
                             fmt(median([x["rps"] for x in r256])), f"{median(ratios256):.2f}" if server != "nginx" else "1",
                             f"**{median([x['p99'] for x in r256]):.1f}** (max {max(x['p99'] for x in r256):.1f})" if r256 else "?",
                             f"{median([x['p99'] for x in r64]):.1f}",
                             sum(x["err"] for x in r64 + r256)])
        out.append(f"### Cached pages, {encoding} bytes: nginx, the app on Tomcat and on Jetty, the bare servlet on each\n\n"
                   "Medians of rounds; the ratios to nginx are taken round by round (all five servers ran back to back in each round, the order turned every round). Errors: socket errors and non-2xx/3xx answers, summed over all runs.\n\n"
                   + table(["page", "bytes", "server", "req/s c64", "×nginx c64", "per round", "req/s c256", "×nginx c256",
                            "p99 ms c256", "p99 ms c64", "errors"], body))
    loads = rows("serving-load.tsv")
    if loads:
        out.append("Load average at the end of the serving part: " + "; ".join(f"{l} ({e})" for l, e in loads) + ".")
    return out


def profiles():
    return [path.read_text().strip() for path in sorted(RUN.glob("profile-*.md"))]


def pages():
    out = []
    for path in sorted(RUN.glob("pages-*.txt")):
        archive = path.stem.removeprefix("pages-")
        listed = ", ".join(f"{label} `{url}`" for label, url in (line.split(" ", 1) for line in path.read_text().split("\n") if line))
        out.append(f"- {archive_name(archive)}: {listed}")
    return ["Pages measured:\n\n" + "\n".join(out)] if out else []


sections = [(RUN / "machine.md").read_text().strip()] if (RUN / "machine.md").exists() else []
sections += pages() + throughput() + uncached() + starts_and_memory() + startup() + small_heap() + serving() + profiles()
print("\n\n".join(sections))
