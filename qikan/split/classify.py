"""Classify: repaired lines → classified lines (body, heading, byline, end line, label …).

Takes the `Line`s repair kept (and the columns and titles the issue's contents name); gives
the `Ln` records of layout.py, each with its class: first what a line's own text says (a
cascade of the patterns, held to the line's start, tried in order), then what only its
neighbours tell (`neighbours.py`: a running head naming a column, a bare name under a title, an
institution closing a body, a floating place label, a pull quote repeating a sentence). The classes come
from general signals only: repetition counts (a running head is a short line printed three
times or more), letter spacing ("高 层 动 态"), brackets ("【卷首语】"), byline shapes, line
width and punctuation. Written by hand: no library models the typography of Chinese PDF
extractions.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Line
from ..text import SECTION_LABEL, han
from .byline import MARK_START, SOURCE_CREDITS, Byline, credit_closes, name_then_unit, parse_head_byline
from .end_lines import MADE_BY, parse_byline, parse_end_line
from .dates import DATE_ALONE, DIARY_DAY
from .documents import document_titles
from .headlines import CHAPTER
from .lists import NUMBERED_PART, ORDER_NOTE, list_row, listed_rows
from .names import has_surname, is_institution, is_name
from .layout import (ATTRIB, BANNER, CAPTION, CAPTION_MAX, COMMA_END, CREDIT_LABEL, DATE_PAREN, EDNOTE, MARK, MASTHEAD,
                     PHOTO_BYLINE, PHOTO_CREDIT, PLACE_LABEL_MAX, SOURCE, SPACED, Ln, aside_closes, cells, column_words,
                     han_count, bracketed_name)
from .columns import (COLUMN_NAMES, COLUMN_WORDS, FRONT_WORDS, MARKED_LABEL, NEWS_COLUMN_NAME, PHOTO_COLUMNS, PLACE_LABEL,
                      SUBHEAD_WORDS)
from .neighbours import read_neighbours
from .vocabulary import ENUM, FIELD_LINE, NUMERALS, PART_HEAD
from .widths import local_widths, slots_per_character


# "1　工作动态": a part numbered as a word processor numbers its headings, over "1.1　…"
DECIMAL_PART = re.compile(r"^(\d{1,2})[\s　]+([\u4e00-\u9fff]{2,8})$")
# "（一）", "（二）": a collection's piece number alone on its line, over the piece's title;
# "附件", "附件2": an attachment's mark over its title
PIECE_NO_ALONE = re.compile(r"^([（(][一二三四五六七八九十]{1,3}[）)]|附件\s*\d{0,2})$")


# (both count what a substitution removes: faster than summing the runs found)
# any of the patterns classify tries at a line's start, as one: most lines match none
_RARE = re.compile("|".join(f"(?:{p.pattern})" for p in (EDNOTE, SECTION_LABEL, BANNER, MARKED_LABEL, ATTRIB,
                                                          CAPTION, DATE_PAREN, SOURCE)))


# "第一节　修筑红旗渠的日日夜夜": a chapter's numbered piece, titled as a contents lists it
SECTION_OF_CHAPTER = re.compile("^第[一二三四五六七八九十]+节\\S{4,}")


# "【第二项　颁奖】", "【第三步】": a step of a programme or a procedure, inside one piece
STEP = re.compile("^第[一二三四五六七八九十\\d]{1,3}(项|步|环节)")


# "（第1—6题）" after a contents entry: what the part holds, not its title
BRACKETED_END = re.compile(r"\s*[（(][^（）()]{1,12}[）)]$")


def entry_key(text: str) -> str:
    """What a title and its entry in the contents share: its Chinese, without its number
    ("一、在真抓实干中践行初心使命" → "在真抓实干中践行初心使命") or a note after it ("（第1—6题）")."""
    return han(ENUM.sub("", BRACKETED_END.sub("", text.strip()), count=1))


def _box_names(out: list[Ln]) -> set[str]:
    """The names of the issue's bracketed labels that head a part of its pieces' bodies: printed
    right under the bylines (or header fields, one or more to a line) of two pieces or more
    ("□ 市审计局　葛文澜" / "【家训】", "党员身份：退休教师" / "【我的承诺】", "授课对象：县直机关党员
    课时：45分钟" / "【教学目标】") and over a title nowhere — a column's label
    stands over its pieces' titles, and, as a running head at a page's top, may fall under a
    byline once. Once one is seen, so is every label over no title ("【家风故事】" over the
    story's first paragraph)."""
    seen: set[str] = set()
    under: Counter[str] = Counter()
    over: set[str] = set()
    for l in out:
        if l.text[:1] == "【" and (name := bracketed_name(l.text)) is not None:
            seen.add(name)
            nxt = out[l.i + 1] if l.i + 1 < len(out) else None
            if nxt is not None and nxt.i + 1 < len(out) and nxt.title_shape and not nxt.page_start \
                    and not ENUM.match(nxt.text) and "；" not in nxt.text:
                over.add(name)  # (not over "1．每周二下午到社区…", an item of a list, nor over a list
                # of clauses: "红船精神：首创精神——敢闯敢试；奋斗精神——…", nor over the text's last
                # line: a title heads a body)
            elif l.i and (all(FIELD_LINE.match(f) for f in out[l.i - 1].text.split("  "))
                          or (b := parse_head_byline(out[l.i - 1].text)) is not None and b.authors):
                under[name] += 1
    return seen - over if {name for name, n in under.items() if n >= 2} - over else set()


# the Chinese characters, at least, of a news item's headline printed in brackets (a column's
# name is shorter: "【学习贯彻党的二十大精神】" has 10), and of its siblings beside two such
BRACKETED_HEADLINE_HAN, SIBLING_HAN = 12, 6


def _bracketed_headlines(out: list[Ln]) -> set[int]:
    """The bracketed lines that are news items' headlines, each over one paragraph of its own
    ("【琛江召开全市基层党建重点任务推进会】" / "6月3日，…召开，…。"): two of them at least longer
    than a column's name (a push's or a bulletin's list of items), and the shorter ones beside
    them over a paragraph of their own ("【江湾镇“田埂夜校”受欢迎】")."""
    over_one = [l for l, nxt in zip(out, out[1:])
                if l.text[:1] == "【" and l.han >= SIBLING_HAN and bracketed_name(l.text) is not None
                and nxt.kind == "body" and nxt.ends_sentence and not nxt.title_shape
                and (nxt.i + 1 >= len(out) or out[nxt.i + 1].text[:1] == "【"
                     or not out[nxt.i + 1].ends_sentence or out[nxt.i + 1].title_shape)]
    long = sum(l.han >= BRACKETED_HEADLINE_HAN for l in over_one)
    return {l.i for l in over_one} if long >= 2 else set()


def _wrapped_bullet(out: list[Ln], l: Ln) -> bool:
    """"▲柳溪乡党总支最近举办了党" / "员训练班，有四十多名农村党" / …: a bulleted item whose
    first sentence runs on over two full lines or more, a brief's text (a caption wrapped
    ends its one sentence on the next line)."""
    nxt = out[l.i + 1] if l.i + 1 < len(out) else None
    return nxt is not None and l.full and nxt.full and not l.stop and not nxt.stop \
        and not l.para_line and not nxt.page_start and not PHOTO_CREDIT.search(nxt.text)


def classify(lines: list[Line], columns: set[str] = frozenset(),
             entries: set[str] = frozenset()) -> list[Ln]:
    """The non-blank lines with their class, page and local width (`columns`: the names of
    columns the issue's contents gave: a line of one alone is its label; `entries`: the
    titles it gave, each line of one `listed`)."""
    out: list[Ln] = []
    page = 0
    for l in lines:
        t = l.text.strip()
        if not t:
            continue
        ps = l.text[:1] == " "
        if ps:
            page += 1
        ln = Ln(len(out), l.no, t, page, ps, cells(t), 0.0, han=han_count(t), far=bool(l.indent))
        if t[-1] in "）)" and not ln.stop and out and "（" not in t and "(" not in t and aside_closes(out[-1].text + t):
            ln.stop, ln.title_shape = True, False   # "…历史。（请大家随我向左，" / "进入第一展厅）"
        out.append(ln)
    if slots_per_character(out):
        for l in out:
            l.cells = 2 * len(l.text)
    # a text that indents its paragraphs ("　　近年来，…" typed, not a PDF's page starts): its
    # "pages" are paragraphs, which bound a line's column but hold no page's labels
    indented = sum(l.page_start for l in out) >= max(INDENTED_MIN, INDENTED_SHARE * len(out))
    local_widths(out, indented)
    if indented:
        for l in out:
            l.page = 0
    ws = sorted(l.cells for l in out if l.cells >= 30)
    if ws and ws[len(ws) // 2] > 90:
        for l in out:
            l.para_line = True
    # (first line, second line) of the paragraphs of two full lines or more: a first line set
    # in by about two characters is an indent; one much shorter is a heading's or a label's
    firsts = [(a, b) for a, b in zip(out[1:], out[2:]) if not a.page_start
              and out[a.i - 1].cells < out[a.i - 1].width - 4 and out[a.i - 1].stop
              and b.cells >= b.width - 2 and a.cells >= b.cells - 10]
    if firsts and sum(a.cells <= b.cells - 3 for a, b in firsts) >= 0.6 * len(firsts):
        for l in out:
            l.indents = True
    keys = ["".join(l.text.split()) for l in out]    # the text without spaces
    counts = Counter(keys)
    twice: dict[str, list[int]] = {}    # where each line printed twice stands
    for k, key in enumerate(keys):
        if counts[key] == 2:
            twice.setdefault(key, []).append(k)
    after: dict[str, set[str]] = {}  # the lines after each line printed again with a pause in it
    paused = {key for key, n in counts.items() if n >= 2 and PAUSE_INSIDE.search(key)}
    for k, key in enumerate(keys) if paused else ():
        if key in paused:
            after.setdefault(key, set()).add(keys[k + 1] if k + 1 < len(keys) else "")
    listed = {entry_key(e) for e in entries}
    documents, issuers, numbers = document_titles(keys)
    boxes = _box_names(out)
    headlines = _bracketed_headlines(out)
    for l, key in zip(out, keys):
        if l.title_shape and key[:1].isdigit() and DIARY_DAY.match(key):
            l.title_shape = False   # "3月5日 晴": a diary's day, opening its entry, no heading
        l.listed = bool(listed) and 4 <= l.han <= 40 and entry_key(key) in listed \
            or key[:1] == "第" and l.title_shape and bool(SECTION_OF_CHAPTER.match(key)) or l.i in documents \
            or l.i in headlines
        t = l.text
        # (the patterns held to a line's start are tried one by one only on a line one of them
        # matches: body text, most lines, is tried once)
        rare = _RARE.match(t) is not None
        name = bracketed_name(t) if rare else None    # "【卷首语】": a bracketed label's
        if l.i in issuers:
            l.kind = "issuer"   # "中共澜河县委" over "关于…的决定"
        elif rare and EDNOTE.match(t):     # "【编者按】" is bracketed like a label but opens a note
            l.kind = "ednote"
        elif len(t) <= 5 and PIECE_NO_ALONE.match(t) and l.i + 1 < len(out) and out[l.i + 1].title_shape:
            l.kind = "number"
        elif t[:1].isdigit() and (part := DECIMAL_PART.match(t)) and l.i + 1 < len(out) \
                and out[l.i + 1].text.startswith(part.group(1) + ".1"):
            # "1　工作动态" over "1.1　县委第二轮巡察完成进驻": a document's numbered part, a column
            l.kind, l.section = "section", part.group(2)
        elif len(key) <= PLACE_LABEL_MAX and PLACE_LABEL.match(t) and not CHAPTER.match(t):
            l.kind = "label"
        elif name is not None and (name in SUBHEAD_WORDS and name not in columns or name in boxes or STEP.match(name)):
            l.box = True    # "【基本做法】", "【家训】": a heading inside a piece's body, however often printed
        elif name is not None and l.i not in headlines:
            l.kind, l.section = "section", name
        elif rare and (b := BANNER.match(t)) and l.han <= 30:
            l.kind, l.section = "section", b.group(1)
        elif rare and (lab := MARKED_LABEL.match(t)) and column_words(lab.group(1)):
            l.kind, l.section = "section", lab.group(1)
        elif key[:1] == "第" and (part := PART_HEAD.match(key)) and (key in columns or l.i + 1 < len(out)
                                                  and out[l.i + 1].title_shape):
            # "第一部分 理论文章": 理论文章, when the contents list it or a title follows (not a
            # regulation's "第一章 总则" over "第一条 为了…，…")
            l.kind, l.section = "section", BRACKETED_END.sub("", part.group(1))
        elif t[:1] in NUMERALS and (part := NUMBERED_PART.match(key)) and l.i + 2 < len(out) \
                and (out[l.i + 1].title_shape and _signed(out[l.i + 2].text) or l.i + 1 in issuers
                     or part.group(2) and not list_row(out[l.i + 1 + bool(ORDER_NOTE.match(out[l.i + 1].text))])):
            # "一、理论网评" over "“小切口”里的大民生" / "作者：…", "二、党员队伍建设" over a document's
            # issuer, "一、优秀共产党员（2名）" counting its pieces: a collection's numbered part
            # (not a notice's list of names and posts under it: "丁秋禾　　某社区党委书记")
            l.kind, l.section = "section", part.group(1)
        elif (t[1:2].isspace() and SPACED.match(t) and key not in FRONT_WORDS or key in columns or len(key) <= 6 and (key in COLUMN_NAMES
                                                                       or NEWS_COLUMN_NAME.match(key))) \
                and not _title_tail(out, l):
            l.kind, l.section = "section", key
        elif (counts[key] >= 3 or counts[key] == 2 and _series_twice(out, twice[key], key)) \
                and 4 <= l.han <= 40 and not l.stop and not COMMA_END.search(t) and not CREDIT_LABEL.match(t) \
                and parse_byline(t) is None and not (key in after and _salutation(after[key])) \
                and not _signed_and_dated(out, l):
            l.kind, l.section = "section", key
        elif (end := parse_end_line(t)) is not None:
            l.kind, l.by = "end", end
        elif rare and ATTRIB.match(t):
            l.kind, l.by = "attrib", Byline(authors=[re.sub(r"\s+", "", ATTRIB.match(t).group(1))])
        elif rare and CAPTION.match(t) and not _wrapped_bullet(out, l) or MASTHEAD.search(t) and l.han <= 40 \
                or t[-1] in "）)" and len(t) <= CAPTION_MAX and PHOTO_CREDIT.search(t):
            l.kind = "caption"
        elif rare and (DATE_PAREN.match(t) or SOURCE.match(t) and not SOURCE_CREDITS.match(t)) \
                or l.i in numbers:
            l.kind = "date"     # ("澜发〔2026〕15号": the document's number under its title)
        else:
            b = parse_head_byline(t)    # not an end line: that was tested above
            if b is not None and (b.authors or MARK.match(t)):
                l.kind, l.by = "byline", b
    for l, nxt in zip(out, out[1:]):
        if not nxt.stop and credit_closes(nxt.text, l.text):
            # "…培训。（供稿：市委组织部" / "组织一科）": the credit closes the brief (no title's line)
            nxt.stop, nxt.title_shape = True, False
        if nxt.kind == "end" and l.kind == "body" and l.title_shape \
                and (SOURCE_CREDITS.match(nxt.text) or MADE_BY.match(nxt.text)
                     or nxt.by is not None and nxt.by.authors and l.i == 0 and nxt.i + 1 < len(out)
                     and out[nxt.i + 1].kind == "body"):
            # "来源：某日报　作者：某某　编辑：…", "（某县党员教育中心　编印）" right under a headline
            # (or "记者：某某　通讯员：某某" under the text's first line, the text under it): the
            # repost's, the leaflet's or the story's byline, not the end of a text before
            nxt.kind = "byline"
        if l.kind == "caption" and l.text[:1] == "▲" and l.full and not l.stop and nxt.kind == "body" \
                and nxt.stop and not nxt.full:
            nxt.kind = "caption"    # "▲…到革命纪念" / "馆重温入党誓词。": the caption's end
        if l.kind == "body" and nxt.title_shape and not nxt.page_start and l.i and out[l.i - 1].kind == "body" \
                and not (l.far or out[l.i - 1].far) and not out[l.i - 1].ends_sentence \
                and out[l.i - 1].text[-1:] not in "：:" and _page_after_title(out, nxt.i) \
                and is_name(name := re.sub(r"\s+", "", l.text)) and has_surname(name):
            # "…实实在" / "戴立春" / "把“小石榴”做成“大产业”" / " 在的效益，…": a name over the
            # title it signs, floating in a sentence that goes on at the next page's start
            l.kind, l.by = "byline", Byline(authors=[name])
        if l.kind == "caption" and nxt.kind == "body" and PHOTO_BYLINE.match(nxt.text):
            nxt.kind = "caption"    # "图①：…上门了解独居老人生活情况。" / "本报记者 温 雅摄"
        if nxt.kind == "caption" and l.kind == "body" and l.title_shape and l.i \
                and out[l.i - 1].kind == "section" and out[l.i - 1].section in PHOTO_COLUMNS:
            nxt.kind = "body"   # "图片新闻" / "田间课堂学技术" / "近日，…（某某摄）": the picture's news
    _bulleted_news(out)
    listed_rows(out)
    _dashed_signers(out)
    _record_headers(out)
    read_neighbours(out)
    return out


# "——县委第三巡察组": an office (or a person) after a dash, alone on its line
DASHED_SIGNER = re.compile(r"^\s*(?:——|－－)\s*([\u4e00-\u9fff·]{2,20})\s*$")


def _dashed_signers(out: list[Ln]) -> None:
    """"坚持“三个聚焦”　提升村级巡察质效" / "——县委第三巡察组": an office or a person set after a
    dash right under a title signs the piece (a deck, "——记…", "——基于…", says more than a name)."""
    for l, nxt in zip(out, out[1:]):
        if l.title_shape and nxt.kind == "body" and nxt.text[:1] in "—－" and (m := DASHED_SIGNER.match(nxt.text)) \
                and (is_institution(m.group(1)) or is_name(m.group(1)) and has_surname(m.group(1))):
            nxt.kind, nxt.by = "byline", Byline(authors=[m.group(1)])


def _bulleted_news(out: list[Ln]) -> None:
    """"【一句话新闻】" / "▲某区开展…，108名书记参加比武。" / "▲…。": sentences of news marked ▲
    one after another right under a column's label are its briefs, not the captions of pictures
    (a caption stands by its picture inside a piece's text)."""
    for l in out:
        if l.kind != "section":
            continue
        end = l.i + 1
        while end < len(out) and out[end].kind == "caption" and out[end].text[:1] == "▲" and out[end].text[-1] == "。":
            end += 1
        if end - l.i > 2:
            for x in out[l.i + 1:end]:
                x.kind = "body"


# "姓　　名：戴晨阳　　性　　别：男", "拟推荐类别：优秀共产党员": a form's labelled field first on
# its line (and "　　出生年月：…　入党时间：…": two on one)
RECORD_FIELD = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7}\s*[：:]\s*[^\s。！？]")
RECORD_TWO = re.compile(r"[：:]\s*\S+\s+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7}\s*[：:]")


def _record_headers(out: list[Ln]) -> None:
    """A form's header over the piece it heads — three labelled-field lines or more, one of
    them holding two fields, right over a title and its indented text (a 推荐表's 姓名/性别/
    出生年月 over the 事迹 it introduces) — is the record of the piece's subject, no text."""
    k = 0
    while k < len(out):
        m = k
        while m < len(out) and out[m].kind == "body" and RECORD_FIELD.match(out[m].text):
            m += 1
        title = out[m] if m < len(out) else None
        if m - k >= 3 and any(RECORD_TWO.search(x.text) for x in out[k:m]) and title is not None \
                and title.kind == "body" and title.title_shape and not RECORD_FIELD.match(title.text) \
                and m + 1 < len(out) and (out[m + 1].page_start or out[m + 1].text.lstrip().startswith("——")):
            # (with the form's own heading over it, "推荐对象基本情况": no column)
            heading = k > 0 and out[k - 1].kind in ("body", "section") and out[k - 1].han <= 10 \
                and not out[k - 1].stop and "：" not in out[k - 1].text
            for x in out[k - 1 if heading else k:m]:
                x.kind, x.section = "record", None
        k = max(m, k + 1)


def _page_after_title(out: list[Ln], k: int) -> bool:
    """A title of one or two lines from line `k`, then a page's first line."""
    return any(x + 1 < len(out) and out[x + 1].page_start and all(
        out[y].title_shape and not out[y].page_start for y in range(k, x + 1)) for x in (k, k + 1))


def _signed(text: str) -> bool:
    """A byline line ("作者：芸间（区委政研室）", "石上松　某区税务局")."""
    return bool((parse_head_byline(text) or name_then_unit(text) or Byline()).authors)


def _signed_and_dated(out: list[Ln], l: Ln) -> bool:
    """"县市场监督管理局机关党支部" over "2025年12月26日" (or over a second signer over the date): an
    office signing each of its papers and dating it, however often, not a running head."""
    if len(l.text) > 30:
        return False    # (asked first: the tests of the lines after cost more)
    after = out[l.i + 1:l.i + 3]
    dated = bool(after) and DATE_ALONE.match(after[0].text) is not None \
        or len(after) == 2 and DATE_ALONE.match(after[1].text) is not None and is_institution(after[0].text)
    return dated and len(t := l.text) <= 30 and is_institution(t)


# "、", "，": a pause inside a line, as running text has and a running head has not
PAUSE_INSIDE = re.compile("[、，,]")


def _salutation(after: set[str]) -> bool:
    """Each time the line is printed the same line ending with a colon follows it (`after`): a
    salutation said again and wrapped alike ("尊敬的各位评委、亲爱的朋" / "友们：" opening each
    speech), not a running head, which falls beside different text each time."""
    return len(after) == 1 and next(iter(after))[-1:] in ("：", ":")


# lines apart, at least, for a line printed twice to be a series' label (not a title printed
# with its title bar, or its contents entry)
SERIES_APART = 8


DIGITS = re.compile(r"\d")


def _series_twice(out: list[Ln], at: list[int], key: str) -> bool:
    """A short line printed twice, far apart, first where a page opens, never with a byline
    under it: a column series' label, printed again as the running head of the series' next
    page ("“强基工程”在行动"). (No dated running head: "2026.4 新时代党校研究".)"""
    return at[1] - at[0] >= SERIES_APART and len(key) <= 16 and not DIGITS.search(key) \
        and out[at[0]].page_start \
        and all(k + 1 < len(out) and parse_head_byline(out[k + 1].text) is None for k in at)


# of the lines with text, more open with a space than a PDF's page starts (one in 40 or so):
# an indent of a paragraph's first line
INDENTED_SHARE, INDENTED_MIN = 0.08, 3


def _title_tail(out: list[Ln], l: Ln) -> bool:
    """"提升年轻干部斗争本领的路径" / "思考" / "□ 莫晓兰": a column's word that ends a title wrapped
    over two lines (a title line above, unfinished, and the byline's mark under it)."""
    if l.i == 0 or l.i + 1 >= len(out):
        return False
    above, under = out[l.i - 1], out[l.i + 1]
    if " " in l.text:
        key = "".join(l.text.split())
        return len(key) <= 3 and is_name(key) and has_surname(key) \
            and key not in COLUMN_WORDS and key not in COLUMN_NAMES \
            and above.kind == "body" and above.title_shape and not above.full
    return above.kind == "body" and above.title_shape and not above.full \
        and bool(MARK_START.match(under.text))
