"""P3: references as GB/T 7714-2015 writes them (examples typed from the standard's rules),
BibTeX that BibTeX can read, and page paths that stay put whatever else the archive holds."""
from __future__ import annotations

from qikan.site.cite import bibtex, citation_meta, gbt7714, ris
from qikan.model import Article, IssueMeta, SplitResult
from qikan.site.render import render_archive
from qikan.site.urls import author_path, slug

URL = "https://example.org/qikan/issues/x/001.html"


def art(**kw) -> Article:
    base = dict(id="x-1", order=1, title="把严守纪律当作重要底线", body="正文。", lines=[(1, 2)])
    return Article(**{**base, **kw})


def test_journal_with_four_authors_lists_three_then_deng():
    a = art(authors=["张三", "李四", "王五", "赵六"])
    issue = IssueMeta(id="x", publication="宁夏党建", kind="magazine", date="2015-10", number="10")
    assert gbt7714(a, issue, URL) == "张三, 李四, 王五, 等. 把严守纪律当作重要底线[J]. 宁夏党建, 2015(10)."


def test_journal_without_a_number_gives_the_year_only():
    issue = IssueMeta(id="x", publication="吉林市组织工作", kind="magazine", date="2020-09")
    assert gbt7714(art(authors=["任善华"]), issue, URL) == "任善华. 把严守纪律当作重要底线[J]. 吉林市组织工作, 2020."


def test_newspaper_gives_its_date():
    issue = IssueMeta(id="x", publication="人民日报", kind="newspaper", date="2022-06-15")
    a = art(title="党员带头干 村子换新颜", authors=["王锦涛"], role="本报记者")
    assert gbt7714(a, issue, URL) == "王锦涛. 党员带头干 村子换新颜[N]. 人民日报, 2022-06-15."


def test_web_source_gives_date_access_and_url_and_subtitle():
    issue = IssueMeta(id="x", publication="某市委直属机关工委", kind="web", date="2018-03-12")
    a = art(title="让基层党组织力量倍增", subtitle="学习体会", authors=["祝灵君"])
    assert gbt7714(a, issue, URL) == (
        f"祝灵君. 让基层党组织力量倍增: 学习体会[EB/OL]. 某市委直属机关工委, (2018-03-12)[引用日期]. {URL}.")


def test_untitled_unsigned_article_starts_with_the_placeholder_title():
    issue = IssueMeta(id="x", publication="宁夏党建", kind="magazine", date="2015-10")
    assert gbt7714(art(title=None), issue, URL) == "（无题）[J]. 宁夏党建, 2015."


def test_bibtex_escapes_specials_and_names_month_as_macro():
    issue = IssueMeta(id="x", publication="R&D 党建_学刊", kind="magazine", date="2015-10", number="10")
    b = bibtex(art(title="增长50%的{经验}", authors=["张三", "李四"], unit="某党校"), issue, URL)
    lines = b.splitlines()
    assert lines[0] == "@article{x-1," and lines[-1] == "}"
    assert "  author = {张三 and 李四}," in lines
    assert r"  title = {增长50\%的\{经验\}}," in lines
    assert r"  journal = {R\&D 党建\_学刊}," in lines
    assert "  month = oct," in lines and "  year = {2015}," in lines
    assert f"  url = {{{URL}}}" in lines
    assert b.count("{") - b.count(r"\{") == b.count("}") - b.count(r"\}")


def test_meta_pairs_each_author_with_the_unit():
    issue = IssueMeta(id="x", publication="荆州市委党校", kind="magazine", date="2020-12")
    tags = citation_meta(art(authors=["甲", "乙"], unit="荆州市委党校"), issue, URL)
    names = [t for t in tags if t[0].startswith("citation_author")]
    assert names == [("citation_author", "甲"), ("citation_author_institution", "荆州市委党校"),
                     ("citation_author", "乙"), ("citation_author_institution", "荆州市委党校")]
    assert ("citation_date", "2020/12") in tags and ("DC.date", "2020-12") in tags


def test_slugs_are_ascii_distinct_for_homophones_and_stable():
    assert slug("王涛") != slug("汪涛") and slug("王涛").startswith("wang-tao-")
    assert slug("王涛") == slug("王涛")
    for name in ("中共三亚市委直属机关工作委员会", "纳西姆·尼古拉斯·塔勒布", "《求是》", "A&B 小组", "㐀"):
        s = slug(name)
        assert s.isascii() and "/" not in s and s == s.strip("-") and len(s) <= 47, (name, s)


def test_an_authors_page_keeps_its_path_when_the_archive_grows():
    def issue(iid: str, who: list[str]) -> SplitResult:
        meta = IssueMeta(id=iid, publication="刊", date="2020-01")
        return SplitResult(meta, [art(id=f"{iid}-1", authors=who)])
    small, _ = render_archive([issue("a", ["王涛"])])
    large, _ = render_archive([issue("b", ["汪涛", "李四"]), issue("a", ["王涛"]), issue("c", ["王涛"])])
    assert author_path("王涛") in small and author_path("王涛") in large
    assert small["issues/a/001.md"].split("authors/")[1][:20] == large["issues/a/001.md"].split("authors/")[1][:20]


def test_ris_record_for_reference_managers():
    issue = IssueMeta(id="x", publication="宁夏党建", kind="magazine", date="2015-10", number="10")
    a = art(authors=["张三", "李四"], unit="某市委党校", subtitle="——基于调查")
    assert ris(a, issue, URL).split("\n") == [
        "TY  - JOUR", "TI  - 把严守纪律当作重要底线: ——基于调查", "AU  - 张三", "AU  - 李四",
        "T2  - 宁夏党建", "PY  - 2015", "DA  - 2015/10//", "IS  - 10", "AD  - 某市委党校",
        "LA  - zh", f"UR  - {URL}", "ID  - x-1", "ER  - "]
    web = IssueMeta(id="w", publication="某网站", kind="web", date="2018-03-12")
    assert ris(art(), web, URL).split("\n")[:2] == ["TY  - ELEC", "TI  - 把严守纪律当作重要底线"]


def test_every_issue_has_one_ris_file_of_its_articles():
    res = SplitResult(IssueMeta(id="x", publication="宁夏党建", date="2015-10"),
                      [art(), art(id="x-2", order=2, title="第二篇")])
    pages, _ = render_archive([res])
    whole = pages["issues/x/x.ris"]
    assert whole.count("TY  - JOUR\r\n") == 2 and whole.count("ER  - \r\n") == 2
    assert pages["issues/x/002.ris"].startswith("TY  - JOUR\r\nTI  - 第二篇\r\n")
    assert "(x.ris){: .qikan-ris download }" in pages["issues/x/index.md"]
