"""P12 (the statistics page): 统计, charts drawn at build time as static SVG — no script —
with the counts the split gives; the zh-Hant twin has it in Traditional."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from conftest import SEEDS
from qikan.archive import load_issue


def test_the_stats_page_counts_what_the_archive_holds(built_site):
    page = (Path(built_site["site"]) / "stats.html").read_text("utf-8")
    results = [load_issue(t) for t in SEEDS]
    years = Counter((r.issue.date or "")[:4] for r in results for _ in r.articles)
    article = page[page.index('<article'):page.index('</article>')]
    assert "<script" not in article
    charts = re.findall(r"<svg class=\"qikan-chart\".*?</svg>", article, re.S)
    assert len(charts) == 5
    bars = re.findall(r'y="\d+" class="qikan-chart__count">(\d+)</text>', charts[0])
    assert [int(n) for n in bars] == [years[y] for y in sorted(years)]
    assert f"全库共 {sum(len(r.articles) for r in results)} 篇文章" in article
    assert 'href="stats.html"' in (Path(built_site["site"]) / "index.html").read_text("utf-8")


def test_the_twin_is_in_traditional(built_site):
    twin = (Path(built_site["site"]) / "zh-Hant" / "stats.html").read_text("utf-8")
    assert "統計" in twin and "各年文章數" in twin and "<svg" in twin


def test_the_charts_show_in_chromium_from_file(built_site, browser):
    """The charts draw in a real browser from file:// (no script, no request elsewhere); the
    screenshot is tests/screenshots/stats.png."""
    from pathlib import Path as P

    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto((P(built_site["site"]) / "stats.html").as_uri())
    boxes = page.eval_on_selector_all(".qikan-chart__bar",
                                      "els => els.map(e => e.getBoundingClientRect().width)")
    assert len(boxes) >= 10 and all(w > 0 for w in boxes)
    assert max(boxes) > 3 * min(boxes)  # bars in proportion to their counts
    assert all(u.startswith("file://") for u in asked)
    shots = P(__file__).parent / "screenshots"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / "stats.png"))
    page.close()
