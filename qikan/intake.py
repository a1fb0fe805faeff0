"""Intake: a new issue's bytes → its drafted sidecar, with what the editor must still fill in.

Takes the raw bytes of an issue file, its file name and an optional id; gives a `Draft`: the
issue id, the sidecar text (YAML an editor reads, with a comment on every guess), the fields
that were detected with the evidence for each, and the fields still to fill in. Pure: the
`add` command copies the file and writes the sidecar (never over an existing one).

What the text itself can tell, from general signals only:

- the date: the commonest page mark "2015·10" (a magazine's running foot), else a web
  page's dateline "2018-03-12 00:00:00", else a printed "2015年第10期" or "2022年6月28日"
  near the top (a masthead or a `来源：` line);
- the kind: `web` when the page chrome of a site is there (a dateline with a time, "打印",
  "【字体", "欢迎访问…"), `newspaper` when bylines say "本报记者" / "本报讯", else `magazine`
  ("本刊…" or page marks confirm it; otherwise it is a guess and said so);
- the publication: only where the text names it, "欢迎访问…" on a web page or a masthead
  line near the top: a publication the archive already holds ("吉林市组织工作　2020年第9期"),
  or a name shaped like one ("人民日报　2023年7月1日　星期六", "《宁夏党建》") alone on its
  line or followed by what a masthead prints beside it (a date, 第N版/期, 星期…); most
  extractions do not print it.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

import yaml

from .errors import InputError
from .messages import say
from .split.ingest import read_issue_lines
from .model import Line
from .text import HAN_BASIC
# "2015·10" page marks and "2018-03-12 00:00:00" web datelines, read as the splitter reads them
from .split.dates import DATELINE, ISSUE_MARK
from .sidecar import ID_RE, parse_sidecar

# "2015年第10期": a printed issue number with its year
ISSUE_NO = re.compile(r"((?:19|20)\d\d)\s*年\s*第\s*(\d{1,2})\s*期")
# "2022年6月28日", "来源:中直党建网 2018年3月9日": a full printed date
FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# "本报记者 王锦涛", "本报讯", "本报评论员": a newspaper's own bylines
NEWSPAPER = re.compile(r"本报(记者|讯|评论员|通讯员)")
# "本刊评论员", "本刊记者": a magazine's own bylines
MAGAZINE = re.compile(r"本刊(记者|评论员|编辑部|特约|通讯员)")
# "【字体: 打印", "无障碍浏览", "分享到": the chrome of a scraped web page
WEB_CHROME = re.compile(r"^\s*(【?字体[:：]|.*\b打印\s*$|无障碍浏览|分享到|欢迎访问|责任编辑[:：])")
# "欢迎访问中共三亚市委直属机关工作委员会": a site greeting that names the publisher
WELCOME = re.compile(r"^\s*欢迎访问(.{2,30}?)(网站|网)?\s*$")
# "2023年7月1日", "2020年第9期", "2020年9月", "2023-07-12 19:11", "第3版", "总第1024期",
# "星期六", "农历癸卯年五月十四": what a masthead prints beside the name
MASTHEAD_BIT = (r"(?:(?:19|20)\d\d\s*年\s*(?:第\s*\d{1,3}\s*期|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)"
                r"|(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{1,2}:\d\d"
                r"|总?第\s*[\d一二三四五六七八九十]{1,5}\s*[版期号]|星期[一二三四五六日天]|农历\S{2,12})")
# what follows the name on a masthead line: nothing, or only such bits
MASTHEAD_REST = f"(?P<rest>(?:[\\s·|/,，]*{MASTHEAD_BIT})*)[\\s·|/,，]*$"
# "《宁夏党建》", "人民日报　2023年7月1日　星期六", "某某晚报 第3版": a name shaped like a
# publication's, alone on its line or with what a masthead prints beside it
MASTHEAD = re.compile(f"^\\s*(?P<open>《)?(?P<name>[{HAN_BASIC}]{{2,10}}(党建|日报|晚报|早报|报|杂志|通讯|"
                      f"工作|月刊|半月刊|周刊|旬刊))》?{MASTHEAD_REST}")
# a bare name ("青阳日报") is a masthead only among the first lines of text: further down it is
# as likely a title ("北塘深化机关党建") or a page's running foot
BARE_LINES = 5
HEAD_LINES = 40


@dataclass
class Found:
    value: str
    note: str  # the evidence, for the editor (and `date_note`)


@dataclass
class Draft:
    id: str
    sidecar: str  # the YAML text to write to docs_src/<id>.yml
    found: dict[str, Found] = field(default_factory=dict)  # detected field → value, evidence
    missing: list[str] = field(default_factory=list)  # what the editor must still fill in


def detected_date(lines: list[Line]) -> Found | None:
    """The issue date the text shows, and where it was seen."""
    marks: Counter = Counter()
    first: dict[str, str] = {}
    for ln in lines:
        m = ISSUE_MARK.match(ln.text)
        if m and 1 <= int(m.group(2)) <= 12:
            key = f"{m.group(1)}-{int(m.group(2)):02d}"
            marks[key] += 1
            first.setdefault(key, ln.text.strip())
    if marks:
        date, n = marks.most_common(1)[0]
        return Found(date, f"见页眉页脚标记“{first[date]}”（{n} 处）")
    for ln in lines:
        m = DATELINE.match(ln.text)
        if m and _valid(m.group(1), m.group(2), m.group(3)):
            return Found(f"{m.group(1)}-{m.group(2)}-{m.group(3)}",
                         f"见网页日期行“{ln.text.strip()}”（第 {ln.no} 行）")
    for ln in lines[:HEAD_LINES]:
        m = ISSUE_NO.search(ln.text)
        if m and 1 <= int(m.group(2)) <= 12:
            return Found(f"{m.group(1)}-{int(m.group(2)):02d}",
                         f"见“{m.group(0)}”（第 {ln.no} 行；期号按月份推定）")
        m = FULL_DATE.search(ln.text)
        if m and _valid(m.group(1), m.group(2), m.group(3)):
            return Found(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}",
                         f"见“{m.group(0)}”（第 {ln.no} 行）")
    return None


def _valid(y: str, m: str, d: str) -> bool:
    return 1 <= int(m) <= 12 and 1 <= int(d) <= 31


def detected_kind(lines: list[Line]) -> Found:
    """magazine | newspaper | web, with the evidence (or "guessed" when there is none)."""
    chrome = [ln for ln in lines[:HEAD_LINES] if WEB_CHROME.match(ln.text)]
    dateline = next((ln for ln in lines[:HEAD_LINES] if DATELINE.match(ln.text)), None)
    if dateline or len(chrome) >= 2:
        ln = dateline or chrome[0]
        return Found("web", f"网页痕迹“{ln.text.strip()}”（第 {ln.no} 行）")
    for pattern, kind in ((NEWSPAPER, "newspaper"), (MAGAZINE, "magazine")):
        hit = next((ln for ln in lines if pattern.search(ln.text)), None)
        if hit:
            return Found(kind, f"署名“{pattern.search(hit.text).group(0)}”（第 {hit.no} 行）")
    mark = next((ln for ln in lines if ISSUE_MARK.match(ln.text)), None)
    if mark:
        return Found("magazine", f"期刊页码标记“{mark.text.strip()}”（第 {mark.no} 行）")
    return Found("magazine", "guessed")


def detected_publication(lines: list[Line], known: Iterable[str] = ()) -> Found | None:
    """The publication a line near the top names: a site's greeting, a masthead line of a
    publication in `known` (the archive's), or a line shaped like a masthead."""
    names = sorted({k for k in known if k}, key=len, reverse=True)  # the longest name first
    held = re.compile(f"^\\s*(?P<open>《)?(?P<name>{'|'.join(map(re.escape, names))})》?"
                      f"{MASTHEAD_REST}") if names else None
    text_lines = 0
    for ln in lines[:HEAD_LINES]:
        text_lines += bool(ln.text.strip())
        m = WELCOME.match(ln.text)
        if m:
            return Found(m.group(1), f"见第 {ln.no} 行“{ln.text.strip()}”")
        for pattern, note in ((held, "，文库已有此刊"), (MASTHEAD, "")):
            m = pattern and pattern.match(ln.text)
            if m and (m["rest"].strip() or m["open"] or text_lines <= BARE_LINES):
                return Found(m["name"], f"见第 {ln.no} 行“{ln.text.strip()}”{note}")
    return None


def file_id(file_name: str) -> str:
    """The file's stem made URL-safe: lower-case ASCII letters and digits, runs of anything
    else one '-' ("" when nothing is left, e.g. a Chinese file name)."""
    stem = PurePath(file_name).stem.lower()
    return re.sub(r"-+", "-", "".join(c if c.isascii() and c.isalnum() else "-"
                                      for c in stem)).strip("-")


def issue_id(file_name: str, date: str | None, given: str | None) -> str:
    """`given`, else the file's stem made URL-safe, led by the date when it does not start
    with one (ids sort by date: 2015-10-nxdj)."""
    if given is not None:
        if not ID_RE.match(given):
            raise InputError(given, None, "unsafe-id", id=repr(given))
        return given
    slug = file_id(file_name)
    if not slug:
        raise InputError(file_name, None, "file-name-no-id")
    if date and not re.match(r"(19|20)\d\d", slug):
        slug = f"{date[:7]}-{slug}"
    if not ID_RE.match(slug[:63].strip("-")):
        raise InputError(file_name, None, "file-name-unsafe-id", id=repr(slug))
    return slug[:63].strip("-")


def draft_sidecar(data: bytes, file_name: str, given_id: str | None = None,
                  known: Iterable[str] = ()) -> Draft:
    """The drafted sidecar of a new issue (`file_name`: its path, for the id and messages;
    `known`: the publications the archive holds); refuses what is not an issue text
    (`InputError`)."""
    lines = read_issue_lines(data, file_name)
    date, kind = detected_date(lines), detected_kind(lines)
    pub = detected_publication(lines, known)
    found = {"kind": kind} if kind.note != "guessed" else {}
    if date:
        found["date"] = date
    if pub:
        found["publication"] = pub
    missing = [say(f"add.missing-{key}") for key, gone in (
        ("publication", not pub), ("date", not date), ("kind", kind.note == "guessed"),
        ("other", True)) if gone]
    ident = issue_id(file_name, date.value if date else None, given_id)
    text = _sidecar_text(ident, file_name, date, kind, pub)
    parse_sidecar(text, f"{ident}.yml", ident)  # the draft must be a valid sidecar
    return Draft(ident, text, found, missing)


def _scalar(value: str | None) -> str:
    return "null" if value is None else yaml.safe_dump(
        value, allow_unicode=True, default_style='"', width=1000).strip()


def _sidecar_text(ident: str, file_name: str, date: Found | None, kind: Found,
                  pub: Found | None) -> str:
    name = PurePath(file_name).name
    lines = [say("add.header", name=name), say("add.header-manual"),
             f"id: {ident}",
             f"publication: {_scalar(pub and pub.value)}" +
             (f"  # {pub.note}" if pub else "  # 待填"),
             f"kind: {kind.value}" + ("  # 暂定，请核对" if kind.note == "guessed" else
                                     f"  # {kind.note}"),
             f"date: {_scalar(date and date.value)}" + ("" if date else "  # 待填"),
             f"date_note: {_scalar(date and date.note)}",
             "number: null",
             f"source: {_scalar('原文件 ' + name)}",
             "note: null", ""]
    return "\n".join(lines)
