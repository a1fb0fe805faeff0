"""A text extracted double-spaced (a blank line after every line, as some PDF extractions give
it) splits as the same text set line under line: a gap there takes two blank lines. Small texts
written for these tests, split through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked


def test_a_bulletin_double_spaced_reads_its_contents_and_its_items_as_set():
    lines = ["巡察工作简报", "第5期", "某县委巡察工作领导小组办公室　　2026年6月10日",
             "【本期要目】", "◆县委第二轮巡察完成进驻", "◆县委巡察办举办巡察干部业务培训班", "◆石门乡扎实推进整改",
             "1　工作动态", "1.1　县委第二轮巡察完成进驻",
             "　　6月3日至5日，县委第二轮巡察的三个巡察组分别进驻六个单位，召开动员会，公布举报电话。",
             "1.2　县委巡察办举办巡察干部业务培训班",
             "　　6月8日，县委巡察办举办巡察干部业务培训班，四十余名巡察干部参加培训。",
             "2　整改落实", "2.1　石门乡扎实推进整改",
             "　　石门乡对照巡察反馈的问题建立清单，逐项明确责任人和时限，已完成整改十二项。"]
    single = split_checked("\n".join(lines), "bulletin.txt")
    double = split_checked("\n\n".join(lines), "bulletin.txt")
    titles = ["县委第二轮巡察完成进驻", "县委巡察办举办巡察干部业务培训班", "石门乡扎实推进整改"]
    assert [a.title for a in single.articles] == titles
    assert [(a.title, a.body) for a in double.articles] == [(a.title, a.body) for a in single.articles]
    # the contents' entries are no text in either
    assert all("◆" not in a.body for a in double.articles)
