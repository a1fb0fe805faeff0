"""The typed seams between stages: dropped lines carry a code from the closed set, the
splitter changes none of its inputs, the build reports its stages in order."""
from __future__ import annotations

import copy
import typing
from dataclasses import replace

import pytest

from conftest import DOCS_SRC, SEEDS

from qikan.archive import read_meta
from qikan.model import DropCode, IssueMeta, Line
from qikan.split.ingest import split_lines
from qikan.split.pipeline import split_passes
from qikan.split.repair import repair_lines
from qikan.split.segment import split_issue

CODES = set(typing.get_args(DropCode))


@pytest.mark.parametrize("auto", [False, True], ids=["sidecar", "automatic"])
def test_every_dropped_line_has_a_known_code(auto):
    seen = set()
    for txt in SEEDS:
        res = split_passes(txt.read_bytes(), str(txt), read_meta(txt), auto=auto).result
        for d in res.dropped:
            assert d.code in CODES, d
            assert d.reason, d
            seen.add(d.code)
    assert len(seen) >= 4  # the samples exercise several rules, not one catch-all


def test_a_vertical_title_names_the_line_it_was_joined_into():
    lines = split_lines("\n".join(["正文第一行。", "党", "建", "引", "领", "正文第二行。"]))
    kept, dropped = repair_lines(lines)
    vertical = [d for d in dropped if d.code == "vertical-title"]
    assert [d.line for d in vertical] == [3, 4, 5]
    assert {d.into for d in vertical} == {2}
    assert next(l.text for l in kept if l.no == 2) == "党建引领"
    # the reason stays the editor's sentence, as published in split --json
    assert vertical[0].reason == "vertical title, joined into line 2"


def test_the_splitter_changes_none_of_its_inputs():
    txt = DOCS_SRC / "2015-10-nxdj.txt"
    meta = read_meta(txt)
    for m in (meta, replace(meta, articles=None, date=None)):
        before = copy.deepcopy(m)
        res = split_passes(txt.read_bytes(), str(txt), m).result
        assert m == before
        assert res.issue.date  # the date the text shows is the result's, not the input's
    lines = [Line(1, "标题"), Line(2, "正文一句话。")]
    kept, dropped = repair_lines(lines)
    meta = IssueMeta(id="t")
    args = (copy.deepcopy(kept), copy.deepcopy(dropped))
    split_issue(meta, kept, dropped)
    assert meta == IssueMeta(id="t") and (kept, dropped) == args


@pytest.mark.build
def test_the_build_reports_its_stages_in_order(tmp_path):
    from qikan.build import STAGES, build_site

    src = tmp_path / "src"
    src.mkdir()
    for p in DOCS_SRC.glob("2018-03-syjg.*"):
        (src / p.name).write_bytes(p.read_bytes())
    heard = []
    build_site(src, tmp_path / "site", work=tmp_path / "work", dist=tmp_path / "dist",
               progress=lambda stage, done: heard.append((stage, done)))
    assert heard == [(s, done) for s in STAGES for done in (False, True)]
