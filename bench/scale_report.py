"""Turns one bench/scale.sh run (scale.tsv in its folder) into results.md, a markdown
table a row per size and database, and scale.svg: each cost against the archive's size
(log x), a panel per cost and a line per database, so one sees which grow and which
stay flat. Plain python3: the SVG is written by hand (no matplotlib on the machine).

    python3 bench/scale_report.py bench/work/scale-<time> [more runs' folders]

With more folders, their rows join the first's (sizes measured in separate runs, one
plot), and the report is written to the first folder.
"""
import csv
import math
import sys
from html import escape
from pathlib import Path

RUN = Path(sys.argv[1])
RUNS = [Path(arg) for arg in sys.argv[1:]]
KINDS = ["article", "tag", "tag_deep", "person", "front", "month", "year", "search", "search_api"]
KIND_NAMES = {"tag_deep": "deep tag", "search_api": "search API"}

# (column, panel title, unit) for the plot, in reading order.
PANELS = [
    ("import_s", "import: start to first 200", "s"),
    ("import_rate", "import rate", "sources/s"),
    ("db_mb", "database on disk", "MB"),
    ("db_ratio", "database / sources bytes", "×"),
    ("index_mb", "search index on disk", "MB"),
    ("restart_page_s", "restart: first page", "s"),
    ("restart_ready_s", "restart: search ready", "s"),
    ("heap_gc_mb", "heap after full GC", "MB"),
    ("rss_mb", "RSS while serving", "MB"),
] + [(f"{k}_p50", f"uncached {KIND_NAMES.get(k, k)} p50 / p95", "ms") for k in KINDS] + [
    (f"wrk_{p}", f"warm {p} (wrk)", "req/s") for p in ["article", "tag", "front", "search"]]
COLORS = {"h2-file": "#1f77b4", "postgres": "#d62728", "h2-mem": "#2ca02c"}


def rows():
    found = []
    for run in RUNS:
        with (run / "scale.tsv").open() as f:
            found += list(csv.DictReader(f, delimiter="\t"))
    return sorted(found, key=lambda r: (int(r["size"]), r["database"]))


def number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def cell(value):
    return value if value not in (None, "") else "–"


def results(data):
    header = ["articles", "database", "status", "sources MB", "import s", "sources/s", "first start: search ready s",
              "DB MB", "DB / sources", "DB folder MB", "index MB", "restart: first page s", "restart: search ready s",
              "heap after GC MB", "RSS MB"] + [f"{KIND_NAMES.get(k, k)} p50 / p95 ms" for k in KINDS] + [
              "non-200", "wrk article", "wrk tag", "wrk front", "wrk search", "load"]
    body = []
    for r in data:
        status = r["status"] or "?"
        if r.get("note"):
            status += f" ({r['note']})"
        body.append([f"{int(r['size']):,}", r["database"], status, r["sources_mb"], r["import_s"], r["import_rate"],
                     r["first_ready_s"], r["db_mb"], r["db_ratio"], r["dir_mb"], r["index_mb"], r["restart_page_s"],
                     r["restart_ready_s"], r["heap_gc_mb"], r["rss_mb"]]
                    + [f"{cell(r.get(k + '_p50'))} / {cell(r.get(k + '_p95'))}" for k in KINDS]
                    + [r["non200"], r["wrk_article"], r["wrk_tag"], r["wrk_front"], r["wrk_search"], r["load"]])
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in body]
    return "\n".join(lines)


def relations():
    out = []
    paths = [path for run in RUNS for path in run.glob("*-postgres/relations.tsv")]
    for path in sorted(paths, key=lambda p: int(p.parent.name.split("-")[0])):
        with path.open() as f:
            found = list(csv.DictReader(f, delimiter="\t"))
        tables = [r for r in found if r["kind"] == "table"][:10]
        indexes = [r for r in found if r["kind"] == "index"][:8]
        if not tables:
            continue
        mb = lambda v: f"{int(v) / 1048576:,.1f}"
        size = int(path.parent.name.split("-")[0])
        lines = [f"PostgreSQL, {size:,} articles: the largest tables (with their indexes and TOAST) and indexes, MB\n",
                 "| table | total | table | indexes | TOAST |", "| --- | --- | --- | --- | --- |"]
        lines += [f"| {r['relation']} | {mb(r['total_bytes'])} | {mb(r['table_bytes'])} | {mb(r['index_bytes'])} | {mb(r['toast_bytes'])} |"
                  for r in tables]
        lines += ["", "| index (table) | MB |", "| --- | --- |"]
        lines += [f"| {r['relation']} | {mb(r['total_bytes'])} |" for r in indexes]
        out.append("\n".join(lines))
    return out


def nice_max(value):
    """The axis's top: four gridline steps of 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return 1
    quarter = value / 4
    exp = 10 ** math.floor(math.log10(quarter))
    for step in (1, 2, 2.5, 5, 10):
        if quarter <= step * exp:
            return 4 * step * exp
    return 40 * exp


def fmt_tick(value):
    if value >= 1000000:
        return f"{value / 1000000:g}M"
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


def svg(data):
    sizes = sorted({int(r["size"]) for r in data})
    databases = list(dict.fromkeys(r["database"] for r in data))
    if not sizes:
        return "<svg xmlns='http://www.w3.org/2000/svg'/>"
    lo = math.floor(math.log10(min(sizes)))
    hi = max(math.ceil(math.log10(max(sizes))), lo + 1)
    cols, pw, ph, ml, mt, gap = 4, 250, 150, 48, 28, 30
    rows_n = math.ceil(len(PANELS) / cols)
    width, height = cols * (pw + ml + gap) + 20, rows_n * (ph + mt + 42) + 70
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' font-family='sans-serif' font-size='11'>",
           f"<rect width='{width}' height='{height}' fill='white'/>",
           "<text x='10' y='20' font-size='15' font-weight='bold'>News Archive: costs against the archive's size "
           "(articles, log scale); y from 0</text>"]
    x_leg = 560
    for db in databases:
        color = COLORS.get(db, "#555")
        out.append(f"<line x1='{x_leg}' y1='16' x2='{x_leg + 24}' y2='16' stroke='{color}' stroke-width='2.5'/>"
                   f"<text x='{x_leg + 30}' y='20'>{escape(db)}</text>")
        x_leg += 100
    out.append(f"<text x='{x_leg + 10}' y='20' fill='#555'>dashed: p95; ✕ on the axis: the run failed; open circle: gave up after that long</text>")
    for n, (column, title, unit) in enumerate(PANELS):
        ox = 10 + (n % cols) * (pw + ml + gap) + ml
        oy = 40 + (n // cols) * (ph + mt + 42) + mt
        p95 = column.replace("_p50", "_p95") if column.endswith("_p50") else None
        values = [number(r.get(column)) or number((r.get(column) or "").lstrip(">")) for r in data] + ([number(r.get(p95)) for r in data] if p95 else [])
        top = nice_max(max([v for v in values if v is not None] or [1]))
        x = lambda size: ox + (math.log10(size) - lo) / (hi - lo) * pw
        y = lambda v: oy + ph - v / top * ph
        out.append(f"<text x='{ox}' y='{oy - 8}' font-weight='bold'>{escape(title)} <tspan font-weight='normal' fill='#555'>({escape(unit)})</tspan></text>")
        out.append(f"<rect x='{ox}' y='{oy}' width='{pw}' height='{ph}' fill='none' stroke='#999'/>")
        for i in range(5):
            v = top * i / 4
            out.append(f"<line x1='{ox}' y1='{y(v):.1f}' x2='{ox + pw}' y2='{y(v):.1f}' stroke='#eee'/>"
                       f"<text x='{ox - 4}' y='{y(v) + 4:.1f}' text-anchor='end' fill='#555'>{fmt_tick(v)}</text>")
        for e in range(lo, hi + 1):
            out.append(f"<line x1='{x(10 ** e):.1f}' y1='{oy + ph}' x2='{x(10 ** e):.1f}' y2='{oy + ph + 4}' stroke='#999'/>"
                       f"<text x='{x(10 ** e):.1f}' y='{oy + ph + 16}' text-anchor='middle' fill='#555'>{fmt_tick(10 ** e)}</text>")
        for db in databases:
            color = COLORS.get(db, "#555")
            mine = sorted((r for r in data if r["database"] == db), key=lambda r: int(r["size"]))
            for col, dash in [(column, "")] + ([(p95, " stroke-dasharray='4 3'")] if p95 else []):
                points = [(int(r["size"]), number(r.get(col))) for r in mine]
                good = [(s, v) for s, v in points if v is not None]
                if len(good) > 1:
                    path = " ".join(f"{x(s):.1f},{y(v):.1f}" for s, v in good)
                    out.append(f"<polyline points='{path}' fill='none' stroke='{color}' stroke-width='2'{dash}/>")
                for s, v in good:
                    out.append(f"<circle cx='{x(s):.1f}' cy='{y(v):.1f}' r='3' fill='{color}'><title>{db} {s:,}: {v:g} {escape(unit)}</title></circle>")
                if col == column:
                    for (s, v), r in zip(points, mine):
                        bound = number((r.get(col) or "").lstrip(">")) if (r.get(col) or "").startswith(">") else None
                        if bound is not None:
                            # A run that gave up: at least this much (an open marker, an arrow up).
                            out.append(f"<circle cx='{x(s):.1f}' cy='{y(bound):.1f}' r='4' fill='white' stroke='{color}' stroke-width='2'>"
                                       f"<title>{db} {s:,}: more than {bound:g} {escape(unit)} (gave up)</title></circle>"
                                       f"<text x='{x(s) + 6:.1f}' y='{y(bound) + 4:.1f}' fill='{color}'>↑ gave up</text>")
                        elif v is None:
                            out.append(f"<text x='{x(s):.1f}' y='{oy + ph - 3}' text-anchor='middle' fill='{color}' font-size='13'>✕</text>")
    out.append("</svg>")
    return "\n".join(out)


data = rows()
sections = []
for run in RUNS:
    if (run / "machine.md").exists():
        sections.append((f"Run {run.name}:\n\n" if len(RUNS) > 1 else "") + (run / "machine.md").read_text().strip())
sections.append("### Scale points (`bench/scale.sh`)\n\n" + results(data))
sections += relations()
sections.append("Plot: `scale.svg` (each cost against the archive's size, log x).")
(RUN / "results.md").write_text("\n\n".join(sections) + "\n")
(RUN / "scale.svg").write_text(svg(data) + "\n")
print((RUN / "results.md").read_text())
