"""How many actions correcting a sample issue's automatic split takes in the review page, done
for real in Chromium, against an estimate of the same corrections typed into the YAML by hand.

For each sample issue (default: all in docs_src/) the issue is copied without its `articles:`
into a temporary folder, so the review page starts from the automatic split (the `split --yaml`
draft); the target is the sample's hand-checked sidecar. The script then does in the page what
an editor would: for each article whose lines differ, select each run of lines (click,
Shift+click) and give it to its article (G, number, Enter) or drop it (D); for each field that
differs, click it, type the value, Tab (a kind: click the list, choose); an article whose
ranges go back up the page (columns read in another order) gets them typed into its card's
`行` field; then Ctrl+S. Every
click, key press, typed value and choice is one action. After saving, the split `split --json`
publishes must equal the checked sidecar's (bodies, titles and every field), or the run fails.

The YAML way is counted, not done, from the same differences, by this model (see
bench/review_time.md): per article touched, find its entry (1); per field, go to its line and
retype the value (2); per range end that moves, find the line in the text and read its number
(2), then edit the number in the YAML (1); per save-and-check round, save, run
`split --json` or `check` and read the result (3), with two rounds per issue at the least.

    python bench/review_actions.py [ISSUE_ID …]
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import CHROMIUM_ARGS  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from qikan.review import ReviewServer  # noqa: E402
from qikan.review_view import draft_entries  # noqa: E402
from qikan.archive import read_meta  # noqa: E402
from qikan.split.pipeline import split_source  # noqa: E402

FIELDS = ("title", "subtitle", "authors", "role", "unit", "writer", "section", "kind")
KIND_INDEX = {"article": 0, "brief": 1, "filler": 2, "editor_note": 3, "fragment": 4}


def _lines(entry: dict, texts: list[str]) -> set[int]:
    return {no for f, l in entry["lines"] for no in range(f, l + 1) if texts[no - 1].strip()}


def _runs(nos: set[int], texts: list[str]) -> list[tuple[int, int]]:
    """Ascending runs of lines, a gap of blank lines joining two runs."""
    out: list[list[int]] = []
    for no in sorted(nos):
        if out and all(not texts[k - 1].strip() for k in range(out[-1][1] + 1, no)):
            out[-1][1] = no
        else:
            out.append([no, no])
    return [tuple(r) for r in out]


def _ends_moved(a: list, b: list) -> int:
    """Range ends that differ between two range lists (what the hand-editor retypes)."""
    ends_a = {x for r in a for x in r}
    return len({x for r in b for x in r} - ends_a) + max(0, len(a) - len(b)) * 2


def _published(txt: Path, meta) -> list[tuple]:
    res = split_source(txt.read_bytes(), str(txt), meta)
    return [(a.body, a.title, a.subtitle, tuple(a.authors), a.role, a.unit, a.writer,
             a.section, a.kind) for a in res.articles]


class Counted:
    """The page, with every editor's action counted."""

    def __init__(self, page):
        self.page, self.n, self.typed = page, 0, 0

    def click(self, sel: str, **kw) -> None:
        self.page.click(sel, **kw)
        self.n += 1

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.n += 1

    def type(self, sel: str, text: str, focused: bool = False) -> None:
        self.page.fill(sel, text)
        self.n += 1 if focused else 2  # click the field, type
        self.typed += 1

    def choose(self, sel: str, value: str) -> None:
        self.page.select_option(sel, value)
        self.n += 2  # open the list, pick


def correct(page: Counted, txt: Path, checked, texts: list[str]) -> dict:
    """Make the page's split the checked sidecar's; the YAML model counted on the way. Ranges
    are corrected only where they give another body (the draft's ranges may differ from the
    checked ones around title blocks and blank lines and still give the same text)."""
    yaml_actions, touched = 6, set()  # two save-and-check rounds
    got = _page_articles(page)
    target = [dict(e) for e in checked.articles]
    assert len(got) == len(target), "different numbers of articles: not automated here"
    bodies = [a[0] for a in _published(txt, replace(checked, articles=got))]
    wanted = [a[0] for a in _published(txt, checked)]
    for i, (cur, want) in enumerate(zip(got, target)):
        if bodies[i] == wanted[i]:
            continue
        have, need = _lines(cur, texts), _lines(want, texts)
        reordered = any(b[0] < a[1] for a, b in zip(want["lines"], want["lines"][1:]))
        if reordered and cur["lines"] != want["lines"]:
            # ranges in a reading order of their own: typed into the card's `行` field
            touched.add(i)
            yaml_actions += 3 * _ends_moved(cur["lines"], want["lines"])
            page.type(f"#r{i}", "，".join(f"{f}–{l}" for f, l in want["lines"]))
            page.press("Tab")
        elif have != need:
            touched.add(i)
            yaml_actions += 3 * _ends_moved(cur["lines"], want["lines"])
            for f, l in _runs(need - have, texts):
                page.click(f"#l{f}")
                if l > f:
                    page.click(f"#l{l}", modifiers=["Shift"])
                page.press("g")
                page.type("#give-n", str(i + 1), focused=True)  # G put the focus there
                page.press("Enter")
            extra = have - need - set().union(*(_lines(w, texts) for w in target))
            for f, l in _runs(extra, texts):
                page.click(f"#l{f}")
                if l > f:
                    page.click(f"#l{l}", modifiers=["Shift"])
                page.press("d")
    ranges = {"page": page.n, "yaml": yaml_actions - 6}
    for i, (cur, want) in enumerate(zip(_page_articles(page), target)):
        for k in FIELDS:
            have, need = cur.get(k) or None, want.get(k) or None
            if k == "kind":
                have, need = have or "article", need or "article"
            if have == need:
                continue
            touched.add(i)
            yaml_actions += 2
            if k == "kind":
                page.choose(f"#f{i}-kind", need)
            else:
                page.type(f"#f{i}-{k}", "、".join(need) if k == "authors" else need or "")
                page.press("Tab")
    yaml_actions += len(touched)
    page.page.focus("#lines")
    page.press("Control+s")
    page.page.wait_for_selector("#message.good, #message.bad")
    return {"yaml": yaml_actions, "touched": len(touched), "page_ranges": ranges["page"],
            "yaml_ranges": ranges["yaml"],
            "message": page.page.text_content("#message")}


def _page_articles(page: Counted) -> list[dict]:
    """The page's entries as its cards show them, once the last preview has settled."""
    page.page.wait_for_selector("#lines:not(.stale)")
    cards = page.page.locator("#articles > li").count()
    out = []
    for i in range(cards):
        e = {"lines": _ranges(page.page.input_value(f"#r{i}"))}
        for k in FIELDS:
            v = page.page.input_value(f"#f{i}-{k}")
            e[k] = [a for a in v.split("、") if a] if k == "authors" else v or None
        out.append(e)
    return out


def _ranges(text: str) -> list[list[int]]:
    out = []
    for part in text.split("，"):
        f, _, l = part.partition("–")
        out.append([int(f), int(l or f)])
    return out


def run(issue: str, browser) -> dict:
    src = ROOT / "docs_src" / f"{issue}.txt"
    checked = read_meta(src)
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / src.name
        shutil.copy(src, txt)
        side = src.with_suffix(".yml").read_text("utf-8")
        txt.with_suffix(".yml").write_text(side[:side.index("\narticles:") + 1], "utf-8")
        texts = txt.read_text("utf-8").split("\n")
        draft = draft_entries(txt.read_bytes(), str(txt), replace(checked, articles=None))
        srv = ReviewServer(txt)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(srv.url)
            page.wait_for_selector(".card")
            counted = Counted(page)
            result = correct(counted, txt, checked, texts)
            page.close()
        finally:
            srv.shutdown()
            srv.server_close()
        ok = _published(txt, read_meta(txt)) == _published(src, checked)
    return {"issue": issue, "lines": len(texts), "draft": len(draft),
            "articles": len(checked.articles), "page": counted.n, "typed": counted.typed, **result, "same": ok}


def main(ids: list[str]) -> int:
    ids = ids or sorted(p.stem for p in (ROOT / "docs_src").glob("*.txt"))
    print("| issue | lines | articles | articles to correct | page actions (done): all / "
          "on ranges / values typed | YAML actions (model): all / on ranges | published split = checked |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for issue in ids:
            r = run(issue, browser)
            print(f"| {r['issue']} | {r['lines']} | {r['articles']} | {r['touched']} | "
                  f"{r['page']} / {r['page_ranges']} / {r['typed']} | {r['yaml']} / {r['yaml_ranges']} | "
                  f"{'yes' if r['same'] else 'NO'} |", flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
