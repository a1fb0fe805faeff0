"""The blind corpus (bench/wild): written by hand, never tuned on. Every gold entry points at what
it says in its own source, the corpus keeps its size and its ten layouts, and the sources keep the
encodings and artefacts the README promises."""
from __future__ import annotations

import copy
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "bench" / "wild"
sys.path.insert(0, str(WILD))

import check_gold  # noqa: E402

CASES = check_gold.corpus(WILD)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0].stem)
def test_wild_gold_matches_its_source(case):
    _, src, gold = case
    assert check_gold.problems(gold, check_gold.decode(src.read_bytes())) == []


def test_wild_size_and_layouts():
    assert len(CASES) >= 12
    assert sum(len(g["articles"]) for _, _, g in CASES) >= 80
    # the ten layouts, and kinds nobody described ("other", Part AA) kept aside too
    assert {check_gold.layout_of(g) for _, _, g in CASES} == set(check_gold.LAYOUTS)
    assert sorted(p.name for p in (WILD / "src").iterdir()) == sorted(g["source"] for _, _, g in CASES)


def test_wild_sources_arrive_as_promised():
    raws = {src.name: src.read_bytes() for _, src, _ in CASES}

    def utf8(b):
        try:
            b.decode("utf-8")
            return True
        except UnicodeDecodeError:
            return False

    assert sum(not b.startswith((b"\xff\xfe", b"\xfe\xff")) and not utf8(b) for b in raws.values()) >= 2  # GBK/GB18030
    assert sum(b.startswith(b"\xff\xfe") for b in raws.values()) >= 1  # UTF-16 with its mark
    assert sum(b"\r\n" in b for b in raws.values()) >= 1
    texts = [check_gold.decode(b) for b in raws.values()]
    assert any(any(0x2F00 <= ord(c) <= 0x2FDF for c in t) for t in texts)  # Kangxi radicals
    assert any("黨" in t and "党" not in t for t in texts)  # one page in Traditional characters


def test_wild_check_catches_wrong_entries():
    """The check can fail: a title moved one line, a body_head from another item, a tail of 16."""
    g, src, gold = next(c for c in CASES if c[0].stem == "school-w1")
    text = check_gold.decode(src.read_bytes())
    bad = copy.deepcopy(gold)
    bad["articles"][0]["title_line"] += 1
    bad["articles"][1]["body_head"] = gold["articles"][3]["body_head"]
    bad["articles"][2]["body_tail"] = "的" + gold["articles"][2]["body_tail"]
    assert len(check_gold.problems(bad, text)) >= 3
    assert check_gold.problems(gold, text) == []


def test_wild_han_is_compared_after_nfkc():
    """⽇ (Kangxi radical, U+2F47) in a source counts as 日 in the gold, as a reader sees it."""
    assert check_gold.han("收稿\u2f47期") == "收稿日期" == unicodedata.normalize("NFKC", "收稿\u2f47期")


def test_check_reads_big5_and_bare_cr():
    """Big5 bytes also decode as GB18030 (into rare characters): the checker reads them as Big5; a
    bare CR ends a line as LF and CRLF do. Both arrive in bench/wildtune (orgsite-e1, other-e2)."""
    text = "東嶽理工大學黨委組織部\n學校舉辦基層黨組織書記專題培訓班，全校一百八十餘人參加。\n"
    assert check_gold.decode(text.encode("big5")) == text
    gbk = "学校举办基层党组织书记专题培训班，全校一百八十余人参加。\n"
    assert check_gold.decode(gbk.encode("gbk")) == gbk
    assert check_gold.source_lines("一\r二\r\n三\n\r四\r") == ["一", "二", "三", "", "四"]
