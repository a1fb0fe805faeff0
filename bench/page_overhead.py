#!/usr/bin/env python3
"""What an article page carries beyond its own text (P11), part by part.

Takes a built site (`site/`, as `build_site.py build` or `bench/archive.py --keep` leaves it);
gives, for the article pages (`issues/*/NNN.html`) of each edition (Simplified and the zh-Hant
twins in `site/zh-Hant/`), the median and largest size of each part of a page, the overhead
(the page's bytes but its body's: the inside of `<div class="qikan-body">`), and the parts of
the page with the largest overhead. The parts are cut at the marks qikan's and Material's
templates print, in page order:

    head         <head>…</head>: meta and citation tags, stylesheets, Material's inline script
    toggles      <body> to the header: the drawer and search toggles, skip and announce slots
    header       Material's header: logo, menu/switch/search icons, the script switch, the
                 search box's words
    nav          the primary sidebar (Material's nav: 首页, 浏览, 各期 opened on the issue)
    toc          the secondary sidebar (the article's headings)
    breadcrumb   首页 › 年 › 期 › 文章
    article_head title, byline, facts (and a journal's abstract)
    body         the article's own text (not overhead)
    after_body   references, the pager (上一篇/下一篇), 引用本文 (GB/T 7714, BibTeX, RIS)
    footer       the rest of the content box and Material's footer
    scripts      Material's dialog, its __config, the scripts

Besides the parts, some kinds of bytes across the page: inline SVG icons, citation/Dublin Core
meta tags, `class` attributes, the nav's entries (`<li>`) and its bytes per entry.

bench/archive.py's `page_overhead` subtracts the article's Markdown body instead of its HTML
(so a paragraph's `<p></p>` counts there): the two differ by a few hundred bytes.

    .venv/bin/python bench/page_overhead.py SITE [--json FILE] [--worst 1]
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

# "007.html": an article page (not an issue's index.html)
ARTICLE_PAGE = re.compile(r"^\d{3}\.html$")

# Where each part begins; a part runs to the next one found (in this order) after it.
PARTS = [
    ("head", "<head>"),
    ("toggles", "</head>"),
    ("header", '<header class="md-header'),
    ("nav", '<div class="md-sidebar md-sidebar--primary"'),
    ("toc", '<div class="md-sidebar md-sidebar--secondary"'),
    ("content_start", '<div class="md-content"'),
    ("breadcrumb", '<nav class="qikan-breadcrumb"'),
    ("article_head", '<header class="qikan-head"'),
    ("body", '<div class="qikan-body">'),
    ("after_body", None),  # where the body's <div> closes
    ("footer", "</article>"),
    ("scripts", '<div class="md-dialog"'),
]
# e.g. `<div class="qikan-body">` … `</div>`: the body's end is where its div depth falls to 0
DIV = re.compile(rb"<div\b|</div>")
SVG = re.compile(rb"<svg\b.*?</svg>", re.S)
# e.g. `<meta name="citation_title" content="…">`, `<meta name="DC.date" content="2000-01">`
CITE_META = re.compile(rb'<meta name="(?:citation_|DC\.)[^>]*>')
CLASS_ATTR = re.compile(rb' class="[^"]*"')
NAV_ENTRY = re.compile(rb"<li\b")


def body_end(page: bytes, start: int) -> int:
    """The offset of the `</div>` closing the body's `<div>` that opens at `start`."""
    depth = 0
    for m in DIV.finditer(page, start):
        depth += 1 if m.group() == b"<div" else -1
        if depth == 0:
            return m.start()
    raise ValueError("the body's <div> never closes")


def parts(page: bytes) -> dict[str, int]:
    """Each part's bytes (the body: its inside), and the kinds of bytes across the page."""
    starts: list[tuple[str, int]] = []
    at = 0
    for name, mark in PARTS:
        if mark is None:  # after_body: from the body's closing </div>
            body = dict(starts)["body"]
            at = body_end(page, body)
        else:
            found = page.find(mark.encode(), at)
            if found < 0:
                continue  # this page has no such part
            at = found
        starts.append((name, at))
    out = {"before": starts[0][1]}  # the doctype and <html>
    for (name, a), (_, b) in zip(starts, starts[1:] + [("end", len(page))]):
        out[name] = out.get(name, 0) + b - a
    body_open = len(PARTS[8][1])
    out["body"] -= body_open  # the body's own text: the inside of its <div>
    out["after_body"] = out.get("after_body", 0) + body_open
    nav = page[dict(starts).get("nav", 0):dict(starts).get("toc", 0)]
    out["total"] = len(page)
    out["overhead"] = len(page) - out["body"]
    out["svg"] = sum(len(m) for m in SVG.findall(page))
    out["cite_meta"] = sum(len(m) for m in CITE_META.findall(page))
    out["class_attrs"] = sum(len(m) for m in CLASS_ATTR.findall(page))
    out["nav_entries"] = len(NAV_ENTRY.findall(nav))
    return out


def article_pages(site: Path) -> list[Path]:
    return sorted(p for p in (site / "issues").glob("*/*.html") if ARTICLE_PAGE.match(p.name))


def edition(site: Path) -> dict:
    """Every part's median and max over the edition's article pages, and the largest page."""
    rows = {}
    for p in article_pages(site):
        rows[str(p.relative_to(site))] = parts(p.read_bytes())
    if not rows:
        return {"pages": 0}
    names = list(dict.fromkeys(k for r in rows.values() for k in r))
    stats = {k: {"median": statistics.median(r.get(k, 0) for r in rows.values()),
                 "max": max(r.get(k, 0) for r in rows.values())} for k in names}
    worst = sorted(rows, key=lambda k: rows[k]["overhead"], reverse=True)
    return {"pages": len(rows), "parts": stats,
            "worst": [{"page": w, **rows[w]} for w in worst[:5]]}


def report(name: str, ed: dict, worst: int) -> str:
    if not ed["pages"]:
        return f"## {name}: no article pages\n"
    lines = [f"## {name}: {ed['pages']} article pages", "",
             "| part | median | max |" + "".join(f" {w['page']} |" for w in ed["worst"][:worst]),
             "| --- | --- | --- |" + " --- |" * min(worst, len(ed["worst"]))]
    for k, s in ed["parts"].items():
        kb = k not in ("nav_entries",)
        cell = (lambda v: f"{v / 1024:.2f} KB") if kb else (lambda v: f"{v:g}")
        lines.append(f"| {k} | {cell(s['median'])} | {cell(s['max'])} |"
                     + "".join(f" {cell(w.get(k, 0))} |" for w in ed["worst"][:worst]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", help="a built site folder (site/)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--worst", type=int, default=1, help="columns for the largest pages")
    a = ap.parse_args(argv)
    site = Path(a.site)
    out = {"simplified": edition(site), "zh-Hant": edition(site / "zh-Hant")}
    for name, ed in out.items():
        print(report(name, ed, a.worst))
    if a.json:
        Path(a.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
