"""Journal words: the furniture of a scholarly journal's pages (a CNKI download, a Party school's
journal extracted from its PDF), as data.

Takes nothing; gives the academic kind's table in the form of `vocabulary.py`'s: its signature
(the classification codes and apparatus labels only journals print), the lines it drops — the
journal's and the paper's running heads, page numbers, the online-first and citation lines, the
authors' names and affiliations in English — and that the kind carries apparatus (read by
`apparatus_zone.py` with the labels of `apparatus_words.py`). Beside `vocabulary.py`, which holds
what all kinds share.
"""
from __future__ import annotations

from .vocabulary import COMMON, PAGE_MARK, Furniture, KindTable, _re

# "中图分类号：D267  文献标识码：A  文章编号：1000-0000(2024)05-0045-08"
# (or bracketed: "【中图分类号】D613 【文献标识码】A")
CLASSIFICATION = _re(r"(中图分类号|文献标识码|文章编号|中图法分类号)\s*([:：]|[】\]］])")
# "第22卷第5期    临川行政学院学报    Vol.22 No.5", "某某大学学报 2024年第5期", "2021年10月",
# "2026年7月　　Jul.　2026":
# the running head of a journal's pages, or the date under it on an article's first page
# (no sentence's pause nor a cited title in it: "【编者按】本刊2025年第6期刊发的《…" is text)
JOURNAL_HEAD = _re(r"^(?=.{0,80}$)(?!.*[，。《]).*(第\s*\d+\s*卷\s*(第\s*\d+\s*期)?|\d{4}\s*年\s*第\s*\d+\s*期|"
                   r"Vol\.\s*\d+|No\.\s*\d+)|^\d{4}\s*年\s*\d{1,2}\s*月(\s+[A-Z][a-z]{2,8}\.?\s*\d{4})?$")
# "“四下基层”制度的当代价值　· 19 ·", "· 20 ·　某某文章标题": an article's title as the running head
# of its pages, the page's number between marks beside it
TITLE_HEAD = _re(r"^[^。，！？；：]{4,40}?\s+[·•—–-]\s*\d{1,3}\s*[·•—–-]$|^[·•—–-]\s*\d{1,3}\s*[·•—–-]\s+[^。，！？；：]{4,40}$")
# "ZHANG San1, LI Si2", "GU Qing-yuan1，SHEN Ruo-lan2": names in Pinyin, surnames in capitals (a
# given name of two syllables maybe hyphened)
LATIN_NAMES = _re(r"^[A-Z]{2,}(\s+[A-Z][a-z]+(-[a-z]+)?)+\s*\d?[\d,]*"
                  r"(\s*[,，]\s*[A-Z]{2,}(\s+[A-Z][a-z]+(-[a-z]+)?)+\s*\d?[\d,]*)*\s*$")
# "(1. School of Marxism, X University, Beijing 100000, China)"
LATIN_AFFIL = _re(r"^[(（]\s*\d?\.?\s*[A-Z][A-Za-z .,&'-]+(\d{6})?.*[)）]$")

ACADEMIC = KindTable(
    "academic",
    signature=(CLASSIFICATION, _re(r"^\s*[［\[【]?(内容)?(摘\s*要|关\s*键\s*词|参\s*考\s*文\s*献|基金项目|作者简介|收稿日期)"),
               _re(r"^(Abstract|Key\s*words)\s*[:：]"), _re(r"^DOI\s*[:：]")),
    minimum=3,
    drop=(Furniture(CLASSIFICATION, "classification codes (中图分类号 …)"),
          # "引用格式：郑某，童某.题名" / "[J/OL].某学报，2026，42（3）：31-37.": how to cite the
          # paper, on its first page, wrapped (the lines under it that go on with the reference)
          Furniture(_re(r"^(本文)?(引用格式|引文格式|引用本文)\s*[:：]"), "how to cite the paper",
                    _re(r"^(?=.{0,80}$)(?!.*。)(.*\[[A-Z]{1,2}(/OL)?\]|.*\d{1,4}\s*[-–—]\s*\d{1,4}\s*[.．]?$)")),
          # "网络首发时间：2026-02-11 09:32:15", "网络首发地址：https://…": a paper published online first
          Furniture(_re(r"^网络(首发|出版)(时间|地址|日期)\s*[:：]"), "online-first publication line"),
          Furniture(JOURNAL_HEAD, "running head of the journal"),
          Furniture(TITLE_HEAD, "running head: a title and the page's number"),
          # "韩若溪，等：党建引领基层治理的内在逻辑　　· 27 ·": a paper's running head, its first
          # author and its title (with the page's number)
          # ("邵明川，卫　兰：数字化赋能…": its authors, all of them, and its title; "第28卷第3期　韦思源，
          # 蔺晓晴：…": after the volume and issue)
          Furniture(_re(r"^[\u4e00-\u9fff·]{2,4}，等[：:]\S.{3,60}$|"
                        r"^[\u4e00-\u9fff·]{2,4}[：:][^，。；！？]{4,40}\s+[·•—–-]\s*\d{1,4}\s*[·•—–-]$|"
                        r"^(第\s*\d+\s*卷\s*第\s*\d+\s*期\s+)?"
                        r"[\u4e00-\u9fff·][\u4e00-\u9fff·\s]{1,5}([，,]\s*[\u4e00-\u9fff·][\u4e00-\u9fff·\s]{1,5}){1,3}[：:]"
                        r"[^，。；！？\s]{6,40}$"),
                    "running head of the paper"),
          # "瑭州大学学报（哲学社会科学版）": the journal's name alone, heading a page (where no
          # masthead with the issue printed it with its number, for furniture.py to read)
          Furniture(_re(r"^[\u4e00-\u9fff]{2,16}(学报|学刊)(\s*[（(][\u4e00-\u9fff]{2,10}版[）)])?$"),
                    "masthead: the publication's name alone"),
          # "1             2" over "邵明川，卫　兰": the authors' affiliation numbers, set as
          # superscripts, on a line of their own
          Furniture(_re(r"^\d(\s+\d){1,7}$"), "affiliation numbers of the authors"),
          Furniture(PAGE_MARK, "page number"),
          # "第18-25页": the pages the paper runs over, on its first
          Furniture(_re(r"^第\s*\d{1,4}\s*[-–—~～]\s*\d{1,4}\s*页$"), "pages of the paper"),
          Furniture(LATIN_NAMES, "authors' names in Pinyin"),
          Furniture(LATIN_AFFIL, "affiliations in English"),
          # "(1. Department of Party Building, Party School of Wuling" / "Municipal Committee, … China)":
          # the same wrapped over lines of English
          Furniture(_re(r"^[(（]\s*\d?\.?\s*[A-Z][A-Za-z .,&'-]{8,}$"), "affiliations in English",
                    _re(r"^[A-Za-z0-9 .,;&'()-]{8,}[)）]?$")),
          *COMMON),
    apparatus=True,
)
