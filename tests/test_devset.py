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
        part = g.parent.parent.name
        items[part] += len(yaml.safe_load(g.read_text("utf-8"))["articles"])
        layouts[part].add(g.stem.rsplit("-", 1)[0])
    assert len(GOLDS) >= 40 and sum(items.values()) >= 300
    assert layouts["tune"] == layouts["heldout"] == set(typeset.LAYOUTS)
    assert items["heldout"] >= 0.25 * sum(items.values())


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
