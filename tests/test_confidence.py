"""P10: each article of the automatic split carries a confidence the editor can act on; `check`
lists the ones below the threshold. Inputs: the samples and splits built here."""
from __future__ import annotations

import dataclasses

from conftest import SEEDS
from qikan.archive import read_meta
from qikan.check import issue_suspects
from qikan.model import Article, IssueMeta, SplitResult, Warning
from qikan.sidecar import parse_sidecar
from qikan.split.confidence import FLAG_BELOW, article_confidences, article_signs
from qikan.split.pipeline import split_source


def art(order: int, body: str, **kw) -> Article:
    return Article(id=f"x-{order}", order=order, title=f"标题{order}", body=body,
                   lines=[(order * 10, order * 10 + 5)], authors=["张三"], **kw)


def test_confidence_is_in_the_automatic_split_and_not_in_the_editors():
    txt = SEEDS[0]
    auto = split_source(txt.read_bytes(), str(txt), parse_sidecar("", "", "x"))
    assert all(0.0 <= a.confidence <= 1.0 for a in auto.articles)
    side = split_source(txt.read_bytes(), str(txt), read_meta(txt))
    assert side.issue.articles and all(a.confidence is None for a in side.articles)


def test_signs_of_a_wrong_split_lower_the_confidence():
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [
        art(1, usual), art(2, usual), art(3, usual),
        art(4, usual * 3),                                    # several articles run together
        art(5, usual + "\n\n关于强化党员教育管理的调查\n\n" + usual),  # a headline swallowed
        art(6, usual, kind="article"),
    ], warnings=[Warning(60, "floating-title", "moved")])
    res = dataclasses.replace(res, articles=[*res.articles[:5],
                                             dataclasses.replace(res.articles[5], authors=[])])
    signs = article_signs(res)
    assert signs[:3] == [[], [], []]
    assert signs[3] == ["very-long"] and signs[4] == ["long", "inner-headline"]
    assert signs[5] == ["moved-title", "no-author"]
    conf = article_confidences(res)
    # (a very long article alone is doubted but not listed: on the tunable corpus that sign alone
    # stood on 66 right articles and 2 wrong ones — session 22)
    assert conf[:3] == [1.0, 1.0, 1.0] and FLAG_BELOW <= conf[3] < 1.0 and conf[5] == 0.75


def test_a_long_article_whose_title_moved_is_not_doubted_for_its_length():
    """A magazine's title floats inside its long articles (printed over pages): the length of an
    article whose title block was moved is no further sign, the move alone does not flag it."""
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [art(1, usual), art(2, usual), art(3, usual * 3)],
                      warnings=[Warning(30, "floating-title", "moved")])
    assert article_signs(res)[2] == ["moved-title"]
    assert article_confidences(res)[2] >= FLAG_BELOW
    unmoved = dataclasses.replace(res, warnings=[])
    assert article_signs(unmoved)[2] == ["very-long"]


def test_check_lists_the_articles_below_the_threshold(monkeypatch):
    """`check` names each article below `FLAG_BELOW` with the signs seen, and no other."""
    import qikan.check

    txt = SEEDS[0]
    real = qikan.check.split_passes

    def one_article_run_on(data, path, meta):  # the third article as if six ran together
        p = real(data, path, meta, auto=True)
        arts = list(p.result.articles)
        arts[2] = dataclasses.replace(arts[2], body="\n\n".join(a.body for a in arts[:6]))
        if "moved-title" in article_signs(dataclasses.replace(p.result, articles=arts))[2]:
            raise AssertionError("the third article's title moved: its length would be no sign")
        res = dataclasses.replace(p.result, articles=arts)
        scored = [dataclasses.replace(a, confidence=c) for a, c in zip(arts, article_confidences(res))]
        return dataclasses.replace(p, result=dataclasses.replace(res, articles=scored))

    monkeypatch.setattr(qikan.check, "split_passes", one_article_run_on)
    res, suspects = qikan.check.issue_suspects(txt.read_bytes(), str(txt), parse_sidecar("", "", "x"))
    low = [s for s in suspects if s.code == "low-confidence"]
    assert len(low) == sum(a.confidence < FLAG_BELOW for a in res.articles) >= 1
    third = res.articles[2]
    assert third.confidence < FLAG_BELOW
    assert any(f"第 3 篇文章《{third.title}》" in s.message and "very-long" in s.message for s in low)


def test_a_piece_followed_right_away_by_an_untitled_one_is_doubted():
    """A body cut in two leaves its tail untitled, printed right after it: both are doubted,
    the untitled tail for its derived title and missing byline, the head for what follows it."""
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [
        art(1, usual), art(2, usual),
        dataclasses.replace(art(3, usual), lines=[(27, 36)], title_derived=True, authors=[]),
        art(5, usual),
        dataclasses.replace(art(6, usual), title_derived=True, authors=[]),   # far from the one before
    ])
    signs = article_signs(res)
    assert signs[0] == [] and signs[1] == ["untitled-next"] and signs[3] == []
    assert signs[2] == signs[4] == ["derived-title", "no-author"]
    conf = article_confidences(res)
    assert conf[0] == 1.0 and conf[1] < FLAG_BELOW and conf[2] < FLAG_BELOW


def test_the_subheads_the_splitter_set_as_headings_are_no_inner_headlines():
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [
        art(1, usual), art(2, usual),
        art(3, usual + "\n\n## 基层组织建设的现状\n\n" + usual + "\n\n## 几点思考与建议\n\n" + usual),
        art(4, usual + "\n\n基层组织建设的现状\n\n" + usual),
    ])
    assert [s.count("inner-headline") for s in article_signs(res)] == [0, 0, 0, 1]


def test_a_title_with_stray_pieces_or_digits_is_doubted_and_a_two_phrase_one_is_not():
    usual = "党的建设。" * 100
    titles = ["把好标准 强化激励 以党员队伍建设引领企业发展", "深化村级组织 完善作风 建设",
              "本刊编辑部 2 临江党建", "加强基层党组织建设"]
    res = SplitResult(IssueMeta(id="x"), [dataclasses.replace(art(k, usual), title=t)
                                          for k, t in enumerate(titles, 1)])
    assert [("odd-title" in s) for s in article_signs(res)] == [False, True, True, False]
    conf = article_confidences(res)
    assert conf[1] < 1.0 and conf[2] < 1.0 and conf[0] == conf[3] == 1.0


def test_a_short_article_whose_title_moved_is_doubted():
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [art(1, usual), art(2, usual), art(3, usual[:200])],
                      warnings=[Warning(30, "floating-title", "moved")])
    assert article_signs(res)[2] == ["moved-title", "moved-small"]


def _wrapped(p: str, w: int = 18) -> list[str]:
    return [p[k:k + w] for k in range(0, len(p), w)]


# made-up paragraphs; the titles below share none of their words
BODIES = ["今年以来，青阳县坚持把抓基层打基础作为长远之计，推动党员干部下沉一线，为群众办成了一批实事。" * 3,
          "县委组织部把年轻干部放到项目建设、信访维稳和乡村振兴一线去历练，在急难险重任务中考察识别干部。" * 3,
          "活动中，社区党组织牵头组建志愿服务队伍，围绕老旧小区改造、垃圾分类和邻里互助开展服务。" * 3]


def test_a_title_between_two_untitled_bodies_placed_by_a_close_call_is_said_and_doubted():
    # body, title, body, title, body: titles over their bodies or under them title as many,
    # and the titles' words match neither neighbour: the side is a guess, and the editor is told
    lines = ["", *_wrapped(BODIES[0]), "", "春风化雨润心田", "□ 王强", "", *_wrapped(BODIES[1]), "",
             "万家灯火映初心", "□ 李华", "", *_wrapped(BODIES[2])]
    res = split_source("\n".join(lines).encode(), "issue.txt", IssueMeta(id="t"))
    guessed = {w.line for w in res.warnings if w.code == "title-side-guessed"}
    assert guessed == {lines.index("春风化雨润心田") + 1, lines.index("万家灯火映初心") + 1}
    conf = dict(zip([a.title for a in res.articles], article_confidences(res)))
    assert conf["春风化雨润心田"] < FLAG_BELOW and conf["万家灯火映初心"] < FLAG_BELOW


def test_a_title_whose_words_are_plainly_one_neighbours_is_no_guess():
    lines = ["", *_wrapped(BODIES[0]), "", "年轻干部一线历练识别干部", "□ 王强", "", *_wrapped(BODIES[1])]
    res = split_source("\n".join(lines).encode(), "issue.txt", IssueMeta(id="t"))
    assert not [w for w in res.warnings if w.code == "title-side-guessed"]
    titled = next(a for a in res.articles if a.title == "年轻干部一线历练识别干部")
    assert "县委组织部" in titled.body


def test_a_signed_article_with_no_printed_title_is_doubted_and_an_untitled_brief_is_not():
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [
        art(1, usual), art(2, usual, title_derived=True),
        art(3, "党的建设。" * 20, kind="brief", title_derived=True)])
    conf = article_confidences(res)
    assert conf[0] >= FLAG_BELOW and conf[1] < FLAG_BELOW and conf[2] >= FLAG_BELOW


def test_a_piece_with_no_body_of_its_own_is_doubted():
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [art(1, usual), art(2, "", kind="fragment"), art(3, usual)])
    conf = article_confidences(res)
    assert conf[0] >= FLAG_BELOW and conf[1] < FLAG_BELOW and conf[2] >= FLAG_BELOW


def test_a_title_longer_than_any_headline_has_taken_lines_of_text_in():
    usual = "党的建设。" * 100
    titles = ["写给入党那一天 那一天我举起右拳声音有些发抖像第一次站上讲台党旗的红映在每个人的脸上",
              "以高质量党建引领新时代基层治理现代化的实践探索与路径思考"]
    res = SplitResult(IssueMeta(id="x"), [dataclasses.replace(art(k, usual), title=t)
                                          for k, t in enumerate(titles, 1)])
    assert [("odd-title" in s) for s in article_signs(res)] == [True, False]


def test_a_title_printed_for_two_pieces_a_form_in_a_title_and_a_line_for_a_body_are_doubted():
    """Signs seen on kinds nobody described (session 16): a part's heading inside each piece
    ("【服务承诺】…") read as the title of many briefs; a form's fields or a date in a title (lines of
    a form or a cover taken in); an article whose body is a line or two."""
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [
        art(1, usual), dataclasses.replace(art(2, usual), title="服务承诺"),
        dataclasses.replace(art(3, usual), title="服务承诺"),
        dataclasses.replace(art(4, usual), title="时长：约75秒　风格：动画"),
        dataclasses.replace(art(5, usual), title="某部 二〇二六年五月 会议议程"),
        art(6, "党的建设。" * 7)])
    signs = article_signs(res)
    assert signs[0] == [] and signs[1] == signs[2] == ["title-repeated"]
    assert signs[3] == signs[4] == ["odd-title"]
    assert signs[5] == ["short", "tiny"]
    conf = article_confidences(res)
    # (a title printed for two pieces, a line or two for a body: listed; a form's fields in a
    # title: doubted, listed with one more sign)
    assert all(c < FLAG_BELOW for c in conf[1:3] + conf[5:]) and all(c < 1.0 for c in conf[3:5])


def test_a_diary_day_a_date_or_a_document_number_in_a_title_is_doubted():
    usual = "党的建设。" * 100
    res = SplitResult(IssueMeta(id="x"), [
        art(1, usual), dataclasses.replace(art(2, usual), title="2026年4月16日 小组交流"),
        dataclasses.replace(art(3, usual), title="芷组发〔2024〕12号 某县村党组织书记备案管理办法"),
        dataclasses.replace(art(4, usual, kind="brief"), title="5月22日 星期四 多云办结情况：路灯全部修复"),
        dataclasses.replace(art(5, usual, kind="brief"), title="9月12日，某区委组织部举办年轻干部培训班")])
    signs = article_signs(res)
    assert signs[1] == signs[2] == signs[3] == ["odd-title"]
    assert signs[0] == signs[4] == []   # (a brief's title is its first words, a date among them)
