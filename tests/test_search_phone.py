"""P15 search on a 390 px wide phone, in Chromium: the filter bar (year, publication, section,
author, sort) fits the width — no horizontal scroll of the page or the search panel —, every
control is whole on screen, big enough to tap and not covered, and choosing a filter works.
The screenshot is tests/screenshots/search-filters-phone.png."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from test_search_url import results

PHONE = {"width": 390, "height": 844}
FILTERS = ("year", "pub", "section", "author", "sort")
SHOT = Path(__file__).parent / "screenshots" / "search-filters-phone.png"
TAP = 32   # px: the smallest height of a control a thumb is expected to hit


def test_the_filter_bar_fits_a_390_px_phone(browser, hosted):
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                              has_touch=True)
    for edition in ("", "zh-Hant/"):
        page = ctx.new_page()
        page.goto(f"{hosted}{edition}index.html?q={quote('基层')}")
        first, found = results(page)
        page.evaluate("document.querySelector('.md-search__scrollwrap').scrollTop = 0")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        for sel in (".md-search__scrollwrap", ".qikan-search-filters", ".md-search-result"):
            scroll, client = page.eval_on_selector(sel, "e => [e.scrollWidth, e.clientWidth]")
            assert scroll <= client, (edition, sel, scroll, client)
        boxes = {}
        for name in FILTERS:
            sel = f"select[data-qikan-filter={name}]"
            box = page.locator(sel).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (name, box)
            assert box["height"] >= TAP and box["width"] >= 3 * TAP, (name, box)
            # nothing lies over its middle (the header, another control)
            assert page.evaluate("([x, y]) => document.elementFromPoint(x, y)"
                                 ".closest('select')?.dataset.qikanFilter",
                                 [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2]) \
                == name
            boxes[name] = box
        for a in FILTERS:
            for b in FILTERS:
                if a < b:
                    x, y = boxes[a], boxes[b]
                    assert (x["x"] + x["width"] <= y["x"] or y["x"] + y["width"] <= x["x"]
                            or x["y"] + x["height"] <= y["y"]
                            or y["y"] + y["height"] <= x["y"]), (a, b)
        # the result list starts below the filters, on the first screen
        top = page.locator(".md-search-result__item").first.bounding_box()["y"]
        assert max(b["y"] + b["height"] for b in boxes.values()) <= top < PHONE["height"]
        if not edition:
            SHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SHOT))
        # the longest name chosen is cut by its control, not widening the panel
        for name in ("pub", "author"):
            labels = page.eval_on_selector_all(f"select[data-qikan-filter={name}] option",
                                               "els => els.map(e => e.textContent)")
            page.select_option(f"select[data-qikan-filter={name}]", label=max(labels, key=len))
            results(page)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            box = page.locator(f"select[data-qikan-filter={name}]").bounding_box()
            assert box["x"] + box["width"] <= PHONE["width"], (name, box)
            page.select_option(f"select[data-qikan-filter={name}]", "")
        # choosing works as on a desktop: the list narrows
        year = page.eval_on_selector_all("select[data-qikan-filter=year] option",
                                         "els => els.map(e => e.value)")[-1]
        page.select_option("select[data-qikan-filter=year]", year)
        narrowed = results(page)[1]
        assert 0 < len(narrowed) < len(found)
        page.close()
    ctx.close()
