"""The development corpus (bench/devset): the committed files are what the typesetter sets,
byte for byte, and every gold entry points at what it says in its own source."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench" / "devset"))

import goldcheck  # noqa: E402
import typeset  # noqa: E402
from qikan.model import IssueMeta  # noqa: E402
from qikan.split.pipeline import split_source  # noqa: E402

CORPUS = ROOT / "bench" / "devset" / "corpus"
GOLDS = sorted(CORPUS.glob("*/gold/*.yml"))


def test_regeneration_is_byte_identical():
    want = typeset.corpus_files()
    have = {p.relative_to(CORPUS).as_posix(): p.read_bytes()
            for p in CORPUS.glob("*/*/*") if p.is_file()}
    assert sorted(have) == sorted(want)
    assert [k for k in want if have[k] != want[k]] == []


def test_corpus_size_and_parts():
    items = {part: 0 for part in ("tune", "heldout")}
    layouts = {part: set() for part in items}
    for g in GOLDS:
        if "-v" in g.stem:  # the tune-only variants are extra material, not the corpus proper
            continue
        part = g.parent.parent.name
        items[part] += len(yaml.safe_load(g.read_text("utf-8"))["articles"])
        layouts[part].add(g.stem.rsplit("-", 1)[0])
    assert len(GOLDS) >= 40 and sum(items.values()) >= 300
    assert layouts["tune"] == layouts["heldout"] == set(typeset.LAYOUTS)
    assert items["heldout"] >= 0.25 * sum(items.values())
    variants = {g.stem.split("-v")[0] for g in GOLDS if "-v" in g.stem}
    assert variants == set(typeset.VARIANTS) and all(g.parent.parent.name == "tune"
                                                     for g in GOLDS if "-v" in g.stem)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_matches_its_source(gold_path):
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    text = goldcheck.decode((gold_path.parent.parent / "src" / gold["source"]).read_bytes())
    assert goldcheck.gold_problems(gold, text) == []


def test_gold_check_catches_a_wrong_entry():
    """The check can fail: a title moved one line and a body_head from another item."""
    g = GOLDS[0]
    gold = yaml.safe_load(g.read_text("utf-8"))
    text = goldcheck.decode((g.parent.parent / "src" / gold["source"]).read_bytes())
    titled = [a for a in gold["articles"] if a["title"]]
    titled[0]["title_line"] += 1
    gold["articles"][0]["body_head"] = gold["articles"][-1]["body_tail"]
    assert len(goldcheck.gold_problems(gold, text)) >= 2


def test_extra_issues_plain_and_typed(tmp_path):
    """bench/devset/extra.py: further issues as the typesetter sets them, and the same issues
    typed (every body paragraph after two full-width spaces), with the same gold."""
    import extra
    assert extra.write_extra(tmp_path / "plain", 6, 7) == len(typeset.LAYOUTS)
    assert extra.write_extra(tmp_path / "typed", 6, 7, typed=True) == len(typeset.LAYOUTS)
    pool = (typeset.HERE / "sentences.txt").read_text("utf-8").split("\n")[:-1]
    stem, data, gold = typeset.set_issue("city", 6, pool)
    assert (tmp_path / "plain" / "extra" / "src" / f"{stem}.txt").read_bytes() == data
    typed = goldcheck.decode((tmp_path / "typed" / "extra" / "src" / f"{stem}.txt").read_bytes())
    assert typed != goldcheck.decode(data)
    assert yaml.safe_load((tmp_path / "typed" / "extra" / "gold" / f"{stem}.yml").read_text("utf-8")) \
        == yaml.safe_load(yaml.safe_dump(gold, allow_unicode=True))
    # the magazine layout indents nothing; typed, its paragraphs open with two full-width spaces
    assert not any(l.startswith("　　") for l in goldcheck.decode(data).splitlines())
    assert sum(l.startswith("　　") for l in typed.splitlines()) >= 10
    assert typeset.Setter.__name__ == "Setter"     # the typesetter is left as it was


def test_a_news_columns_headlines_nearly_as_wide_as_the_column_open_items():
    """A further provincial issue (k = 21, as bench/devset/extra.py sets it, never committed):
    its 要闻要论 column's one-line headlines come within two characters of the column's width;
    each opens an item of its own (they were run into the item before)."""
    pool = (typeset.HERE / "sentences.txt").read_text("utf-8").split("\n")[:-1]
    stem, data, gold = typeset.set_issue("province", 21, pool)
    res = split_source(data, stem + ".txt", IssueMeta(id=stem))
    wide = [g["title"] for g in gold["articles"] if g.get("section") == "要闻要论"
            and g["title"] and " " not in g["title"]]
    assert len(wide) >= 3
    assert set(wide) <= {a.title for a in res.articles}


def test_a_blank_line_among_unspaced_paragraphs_is_where_a_body_is_cut():
    """Further city issues (k = 11, 22, as bench/devset/extra.py sets them, never committed):
    a body whose title is printed under it follows an article without an end line, the
    paragraphs of both not set apart by blank lines; the one blank line between them is where
    the first ends (it was cut at an earlier short line, where the words changed more)."""
    pool = (typeset.HERE / "sentences.txt").read_text("utf-8").split("\n")[:-1]
    for k in (11, 22):
        stem, data, gold = typeset.set_issue("city", k, pool)
        res = split_source(data, stem + ".txt", IssueMeta(id=stem))
        ends = {max(l for _, l in a.lines) for a in res.articles}
        after = [g for g in gold["articles"] if g["title_line"] and g["title_line"] > g["start_line"]]
        assert after and all(g["start_line"] in {min(f for f, _ in a.lines) for a in res.articles}
                             for g in after), stem
        before = [g for g in gold["articles"] if g["end_line"] + 2 in {a["start_line"] for a in after}]
        assert before and all(g["end_line"] in ends for g in before), stem
