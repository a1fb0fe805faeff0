"""P2: the sidecar's `articles:` is the truth of a split; `split --yaml` drafts it."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import DOCS_SRC, GOLD_OF, SEEDS, gold, run_cli

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def han(text: str | None) -> str:
    return "".join(HAN.findall(text or ""))


def split(path: Path, *args: str) -> dict:
    r = run_cli("split", str(path), "--json", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_every_sample_sidecar_lists_its_articles():
    for txt in SEEDS:
        side = yaml.safe_load(txt.with_suffix(".yml").read_text("utf-8"))
        assert len(side["articles"]) == len(gold(txt.stem)["articles"]), txt.stem


@pytest.mark.parametrize("stem", sorted(GOLD_OF))
def test_sidecar_split_gets_every_gold_article_right(stem, split_json):
    """For every article of the gold: exactly one built article holds its first and last 15
    Han characters, and has the gold's title, authors, unit, section and kind. Where the
    issue prints no title, the page gets one derived from the text, with a warning."""
    data = split_json[stem]
    warned = {(w["line"], w["code"]) for w in data["warnings"]}
    for g in gold(stem)["articles"]:
        hits = [a for a in data["articles"]
                if g["body_head"] in han(a["body"]) and g["body_tail"] in han(a["body"])]
        assert len(hits) == 1, (stem, g["title"], g["body_head"], len(hits))
        a = hits[0]
        if g["title"] is None:
            assert a["title"] and (a["lines"][0][0], "no-title") in warned, (stem, a["title"])
        else:
            assert a["title"] == g["title"], stem
        assert a["authors"] == (g["authors"] or []), (stem, g["title"])
        for key in ("unit", "section", "subtitle", "role", "writer", "kind"):
            assert a[key] == g[key], (stem, g["title"], key, a[key], g[key])


@pytest.mark.parametrize("stem", sorted(GOLD_OF))
def test_sidecar_bodies_are_exactly_the_articles(stem, split_json):
    """A body starts with the article's first words and ends with its last: no title block,
    byline, running head or neighbouring article at either end. What the gold's 15-character
    marks leave out may stay: a dateline before them ("9月30日下午，"), the label 【编者按】
    that opens an editor's note, a closing source note （来源：…）, and a quotation's
    attribution ——某某《书名》 under the last sentence (body since P14: it was lost before)."""
    for g in gold(stem)["articles"]:
        a = next(a for a in split_json[stem]["articles"]
                 if g["body_head"] in han(a["body"]) and g["body_tail"] in han(a["body"]))
        body = han(re.sub(r"（来源：[^）]*）$|\n\n——[^\n]*《[^\n]*》$", "",
                          a["body"].replace("【编者按】", "", 1).rstrip()))
        assert body.index(g["body_head"]) <= 8, (stem, g["title"], body[:30])
        assert body.endswith(g["body_tail"]), (stem, g["title"], body[-30:])


@pytest.mark.parametrize("stem", sorted(GOLD_OF))
def test_sidecar_split_conserves_every_line(stem, split_json):
    """Every source line with text is in an article's ranges or in `dropped`: the lines no
    range covers are logged as outside every article (or keep the reason repair gave)."""
    data = split_json[stem]
    covered = {no for a in data["articles"] for f, l in a["lines"] for no in range(f, l + 1)}
    dropped = {d["line"]: d["reason"] for d in data["dropped"]}
    source = (DOCS_SRC / f"{stem}.txt").read_text("utf-8").splitlines()
    outside = [no for no, text in enumerate(source, 1) if text.strip() and no not in covered]
    assert all(no in dropped for no in outside), stem
    for no, reason in dropped.items():
        if "outside every article" in reason:
            assert no not in covered


def test_title_byline_and_end_line_inside_a_range_are_not_body(tmp_path):
    """A range may start on the printed title block and end on the unit line: those lines
    fill the fields, not the body; a 【栏目】 label inside a range is logged as dropped."""
    txt = tmp_path / "t.txt"
    txt.write_text("【理论学习】\n加强党建引领\n提升社区治理水平\n□ 任善华\n社区治理是国家治理体系中的关键一环，也\n"
                   "是推进国家治理能力现代化不可缺少的重要\n组成部分。\n【理论学习】\n"
                   "凤鸣社区坚持创新，先行先走，积极探索党\n建科学化的社区治理模式。\n"
                   "（作者单位：荆州市委党校）\n版权所有\n", encoding="utf-8")
    txt.with_suffix(".yml").write_text(
        "id: t\narticles:\n  - lines: [[1, 11]]\n    title: 加强党建引领 提升社区治理水平\n"
        "    authors: [任善华]\n    unit: 荆州市委党校\n    section: 理论学习\n", encoding="utf-8")
    data = split(txt)
    (art,) = data["articles"]
    assert art["body"] == ("社区治理是国家治理体系中的关键一环，也是推进国家治理能力现代化不可缺少的重要组成"
                           "部分。\n\n凤鸣社区坚持创新，先行先走，积极探索党建科学化的社区治理模式。")
    assert art["title"] == "加强党建引领 提升社区治理水平" and art["authors"] == ["任善华"]
    assert art["lines"] == [[1, 11]] and art["kind"] == "article" and art["section"] == "理论学习"
    reasons = {d["line"]: d["reason"] for d in data["dropped"]}
    assert reasons[1] == reasons[8] == "section label (kept as section)"
    assert reasons[12] == "outside every article in the sidecar"


def test_ranges_in_reading_order_rebuild_a_scrambled_body(split_json):
    """2022-06-rmrb: the extraction scrambled the lead article's columns; its sidecar ranges
    list them in reading order, so the body reads lede → section 1 → section 2 → … ."""
    lead = next(a for a in split_json["2022-06-rmrb"]["articles"]
                if a["title"] == "基层党组织更加坚强有力")
    body = han(lead["body"])
    # the lede (line 121) first, the conclusion (line 89) last
    assert body.startswith("求木之长者必固其根本") and body.endswith("大复兴的中国梦提供坚强组织保证")
    assert body.index("把党的政治建设摆在首位") < body.index("把重大任务落实作为试金石") \
        < body.index("把服务群众造福群众作为工作出发点")


def _issue(tmp_path: Path, articles_yaml: str) -> tuple[Path, Path]:
    txt = tmp_path / "2018-03-syjg.txt"
    shutil.copy(DOCS_SRC / txt.name, txt)
    side = txt.with_suffix(".yml")
    side.write_text("id: 2018-03-syjg\nkind: web\n" + articles_yaml, encoding="utf-8")
    return txt, side


def _one_error(r, *parts: str) -> str:
    assert r.returncode == 2 and r.stdout == "", (r.returncode, r.stdout[:200])
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: "), r.stderr
    for p in parts:
        assert p in err[0], (p, err[0])
    return err[0]


def test_range_past_the_end_of_the_file_is_one_error(tmp_path):
    txt, side = _issue(tmp_path, "articles:\n  - title: 让基层党组织力量倍增\n    lines:\n"
                                 "      - [21, 30]\n      - [40, 99]\n")
    r = run_cli("split", str(txt), "--json")
    # the line of the bad range in the sidecar, the range, the file's length, what to do
    _one_error(r, f"{side}:7:", "[40, 99]", "超出了", "共 51 行", "请改正范围",
               f".venv/bin/qikan split {txt} --yaml")


def test_overlapping_articles_are_one_error_naming_both(tmp_path):
    txt, side = _issue(tmp_path, "articles:\n"
                                 "  - lines: [[17, 30]]\n    title: 甲\n"
                                 "  - lines: [[31, 31], [28, 43]]\n    title: 乙\n")
    err = _one_error(run_cli("split", str(txt), "--json"), f"{side}:6:", "第 2 篇文章（乙）",
                     "第 1 篇文章（甲）", "[17, 30]", "[28, 43]", "第 28 行")
    assert "拆成两段" in err


def test_overlap_within_one_article_is_an_error_too(tmp_path):
    txt, side = _issue(tmp_path, "articles:\n  - lines: [[17, 30], [25, 43]]\n")
    _one_error(run_cli("split", str(txt), "--json"), str(side), "同一篇文章", "第 25 行")


def test_bad_sidecar_ranges_stop_the_build_before_any_output(tmp_path):
    txt, _ = _issue(tmp_path, "articles:\n  - lines: [[17, 30]]\n  - lines: [[30, 43]]\n")
    out = tmp_path / "site"
    r = run_cli("build", "--src", str(tmp_path), "--out", str(out), "--work",
                str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    _one_error(r, "重叠")
    assert not out.exists() and not (tmp_path / "dist").exists()


@pytest.mark.parametrize("txt", SEEDS, ids=lambda p: p.stem)
def test_split_yaml_is_a_valid_sidecar_section(txt, tmp_path):
    """The draft parses as YAML, every entry uses sidecar keys only, and pasted into a
    sidecar it gives a valid split with the automatic split's articles; warnings become
    `# 请核对 第 N 行` comments."""
    r = run_cli("split", str(txt), "--yaml")
    assert r.returncode == 0, r.stderr
    draft = yaml.safe_load(r.stdout)
    auto = split(txt, "--auto")
    assert len(draft["articles"]) == len(auto["articles"])
    keys = {"lines", "title", "subtitle", "authors", "role", "unit", "writer", "section", "kind"}
    for entry in draft["articles"]:
        assert set(entry) == keys
    for w in auto["warnings"]:
        assert f"# 请核对 第 {w['line']} 行：{w['code']}：" in r.stdout
    copy = tmp_path / txt.name
    shutil.copy(txt, copy)
    copy.with_suffix(".yml").write_text(f"id: {txt.stem}\n" + r.stdout, encoding="utf-8")
    mine = split(copy)
    assert len(mine["articles"]) == len(auto["articles"])
    titled = sorted((a["title"], a["authors"]) for a in auto["articles"] if a["title"])
    assert titled == sorted((a["title"], a["authors"]) for a in mine["articles"]
                            if (a["title"], a["authors"]) in titled)


@pytest.mark.parametrize("stem", ["2020-12-jzdx", "2022-06-rmrb", "2018-03-syjg"])
def test_split_yaml_round_trip_gives_back_the_bodies(stem, tmp_path):
    """Pasting the draft unchanged reproduces the automatic split's bodies (these seeds'
    title blocks sit inside other articles' spans, after their bodies, and in scrambled
    columns)."""
    txt = DOCS_SRC / f"{stem}.txt"
    r = run_cli("split", str(txt), "--yaml")
    copy = tmp_path / txt.name
    shutil.copy(txt, copy)
    copy.with_suffix(".yml").write_text(f"id: {stem}\n" + r.stdout, encoding="utf-8")
    auto = split(txt, "--auto")
    assert sorted(han(a["body"]) for a in split(copy)["articles"]) == \
        sorted(han(a["body"]) for a in auto["articles"])
