"""Headed: the furnished lines of a source whose articles print a header → its articles.

Takes what `furniture.strip_furniture` left of an issue (the kept lines, the apparatus
records, the header lines its kind's table marks) and gives the articles, or None when the
text shows no header. Two kinds of source announce each article so plainly that the generic
segmenter's typographic guesses are not needed (GROBID's way: one model for the header, one
for the body):

- a scholarly journal (`academic_headers`): under the title stand the authors with their
  affiliation markers ("张三1，李四2"), the numbered affiliations, 摘要 and 关键词; the header
  starts at the author line, or at its first apparatus record;
- an organisation's web pages (`page_headers`): under the title stands the page's
  publication line ("发布时间：… 来源：… 浏览次数：…"), maybe a 信息公开 block.
Then, for both: the title is the run of short lines above the header (a "——" line in it is
the subtitle, a "【专栏】" tag or a shorter line above it the column); the body is every kept
line from the header's end to the next article's title; a credit opening the body ("本网讯
（通讯员 某某）") or closing it ("（供稿：某单位）") gives the byline.
Written by hand: no library splits an extracted issue into articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown, han
from .blocks import headline_parts
from .articles import headline_column, line_ranges
from .byline import INLINE_END, Byline, lead_credit, parse_head_byline, reporters
from .end_lines import EDITORS_SIGNED, GROUP_END, parse_end_line
from .names import are_names, clean_name, is_institution, is_name, split_names
from .dates import DATE_ALONE
from .apparatus_zone import ApparatusLine
from .layout import PAUSE, PUNCTUATION, column_label
from .front import front_pieces
from .journal_notes import note_before_papers
from .site_words import BREADCRUMB, BREADCRUMB_STEP
from .paragraphs import join_paragraphs

# "江城日报：我市推进年轻干部培养工作", "来源：人民网｜…": a reposted headline with the medium it
# comes from (a place before a colon, "柳江：…", is the headline's own)
MEDIUM_PREFIX = re.compile(r"^\s*(?:来源\s*[:：]\s*)?[\u4e00-\u9fff]{1,10}(?:日报|晚报|时报|报|网|新闻|"
                           r"电视台|广播电视台|客户端|新华社|发布)\s*[:：|｜丨]\s*(\S.*)$")
# "发布时间：2023-05-12  作者：李明  来源：…": the author a page's publication line names
PAGE_AUTHOR = re.compile(r"(?:^|\s)作者\s*[:：]\s*([\u4e00-\u9fff·]{2,4}(?:[、，, ][\u4e00-\u9fff·]{2,4})*)(?=\s|$)")
# "…　版次：01　作者：本报记者　邱岚", "作者：本报评论员": the credit closing the line, a reporter's
# role before the names or alone ("作者：记者　孟澜　摄": who took the picture, no author)
PAGE_CREDIT = re.compile(r"(?:^|\s)作者\s*[:：]\s*(\S.{1,30}?)\s*$")
# apparatus that belongs to an article's header, in the order a journal prints it
HEADER_FIELDS = {"author_markers", "affiliations", "abstract", "keywords", "doi", "title_en",
                 "abstract_en", "keywords_en"}
# apparatus that closes a paper: after it, a column label opens the next piece
END_FIELDS = {"references", "title_en", "abstract_en", "keywords_en"}
# "……能力。", "…，": a line that ends inside or at the end of a sentence: body, never a title
BODY_END = re.compile(r"[。！？；，、：:;,]$")
MAX_TITLE_LINES = 3
# "供稿：教务处", "文字：汤　宁", "审核：范立群": one credit a line, closing a page
CLOSING_CREDIT = re.compile(r"^(供稿|文字|文|作者|撰稿|摄影|摄像|图片|图|审核|审稿|编辑|责任编辑|校对|初审|复审|终审)"
                            r"\s*[:：]\s*(\S.{0,20})$")
# the credits that name who wrote the text
WRITING = ("文字", "文", "作者", "撰稿")
# "韩　冬（中共峤北市委党校党建教研部）": an author and his unit in brackets, on a line of his own
# (or "岑　远（某学院 教务处）　冉小舟（某市民族宗教事务局）": each of the authors so)
AUTHOR_UNIT = re.compile(r"([\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,4})\s*[（(]([^（）()]{4,40})[）)]")
AUTHOR_UNITS = re.compile(rf"^(?:{AUTHOR_UNIT.pattern}\s*)+$")
# lines of a paper's header between its author line and its abstract: "指导教师：韦亦舟", and the
# author's affiliation in brackets, maybe with his standing ("（某镇党委，2026年春季中青班学员）")
HEADER_CREDIT = re.compile(r"^(?:指导(?:教师|老师)|导师)\s*[:：]\S|^[（(]([^（）()，,]{4,30})(?:[，,][^（）()]{2,30})?[）)]$")
# "2025年12月13日至14日，由…": a pause or a stop in a line: text, no title or author line
TEXT_INSIDE = re.compile("[，。；：,;]")
# "（阮青山著，檀州人民出版社，2025年版）", "（《书名》，某某著，某出版社2025年版）": the book a
# review is of, under the review's title
BOOK_LINE = re.compile(r"^[（(][^（）()]{1,40}(著|编著|主编)[，,][^（）()]{2,30}出版社.{0,20}[）)]$")
LABEL_MAX = 6
# the share of the text (its Chinese characters: a site's name over a short page is no text)
# that may stand before the first header: more, and the headers are not the issue's structure
# (a magazine that prints one scholarly paper among its articles)
BEFORE_FIRST_MAX = 0.15  # a column label is short: "案例选编", "党建论坛"


@dataclass
class _Header:
    first: int  # its first source line (the author line, or the first apparatus line)
    last: int  # its last source line
    authors: list[str]
    section: str | None = None  # a web page's column, the last step of its breadcrumb
    unit: str | None = None  # the authors' units, printed beside their names


# the most lines of a page left after its text's closing credit ("沂澜县某镇人民政府": the site's
# name under its footer), each this short at most
AFTER_CREDIT_LINES, AFTER_CREDIT_WIDTH = 2, 20


def _after_credit(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """The body up to its closing credit naming its writer ("（某镇党建办　撰稿：某某）") or a
    notice's signature and date, and the page's lines a reader of the site did not take away
    after it: short lines of no sentence."""
    for k in range(len(body) - 1, max(0, len(body) - 1 - AFTER_CREDIT_LINES), -1):
        t = body[k].text.strip()
        if len(t) > AFTER_CREDIT_WIDTH or PUNCTUATION.search(t):
            break
        if (credit := parse_end_line(body[k - 1].text)) is not None and credit.authors or _signed_and_dated(body[:k]):
            return body[:k], body[k:]
    return body, []


def _signed_and_dated(body: list[Line]) -> bool:
    """"中共檀州理工大学委员会组织部" / "2026年6月18日": the body closes with a notice's office and
    date, its signature."""
    return len(body) >= 2 and DATE_ALONE.match(body[-1].text) is not None and is_institution(body[-2].text.strip())


def page_headers(anchors: list[int], texts: dict[int, str]) -> list[_Header]:
    """A web page's header: its publication line (and the 信息公开 lines right under it), with
    the author it names ("发布时间：… 作者：李明 来源：…"). `texts`: the header lines' text."""
    heads: list[_Header] = []
    crumbs = sorted((no, t) for no, t in texts.items() if BREADCRUMB.search(t.strip()))
    runs: list[list[int]] = []
    for no in sorted(anchors):
        if runs and no == runs[-1][-1] + 1:
            runs[-1].append(no)
        else:
            runs.append([no])
    # a run of header lines one line over the next (the 信息公开 lines over the title, the
    # publication line under it): one page's header, the one under its title
    over_title = {no for run, nxt in zip(runs, runs[1:]) if nxt[0] == run[-1] + 2 for no in run}
    for no in sorted(set(anchors) - over_title):
        if heads and no == heads[-1].last + 1:
            heads[-1].last = no
        else:
            since = heads[-1].last if heads else -1
            crumb = [t for at, t in crumbs if since <= at < no]
            heads.append(_Header(no, no, [], _crumb_column(crumb[-1]) if crumb else None))
        credit = PAGE_CREDIT.search(texts.get(no, ""))
        pictures = credit is not None and credit.group(1)[-1] == "摄"
        by = parse_head_byline(credit.group(1)) if credit and not pictures else None
        named = PAGE_AUTHOR.search(texts.get(no, "")) if by is None and not pictures else None
        if (by or named) and not heads[-1].authors:
            heads[-1].authors = by.authors if by else split_names(named.group(1))
    return heads


# "首页 > 通知公告 > 正文": a breadcrumb's last step naming the page itself, not its column
PAGE_ITSELF = ("正文", "详情", "内容", "详细内容", "文章内容")


def _crumb_column(crumb: str) -> str | None:
    """"当前位置：首页 >> 机关党建 >> 理论研究" → 理论研究: the breadcrumb's last step (before
    "正文"), when it is one word (not "首页  党建动态  正文", whose steps the breadcrumb does
    not mark)."""
    steps = BREADCRUMB_STEP.split(crumb.strip())
    if len(steps) > 2 and steps[-1] in PAGE_ITSELF:
        steps = steps[:-1]
    return steps[-1] if len(steps) > 1 and han(steps[-1]) == steps[-1] else None


def academic_headers(kept: list[Line], apparatus: list[ApparatusLine]) -> list[_Header]:
    """The header zones: runs of header apparatus with no body line between them."""
    text_at = {l.no: l.text for l in kept if l.text.strip()}
    heads: list[_Header] = []
    for ap in sorted((a for a in apparatus if a.field in HEADER_FIELDS), key=lambda a: a.line):
        body_between = heads and any(heads[-1].last < no < ap.line for no in text_at
                                     if not _is_author_line(text_at[no]))
        if heads and not body_between:
            heads[-1].last = max(heads[-1].last, ap.last)
        elif ap.field in ("author_markers", "affiliations", "abstract"):
            heads.append(_Header(ap.line, ap.last, []))
        else:
            continue
        h = heads[-1]
        if ap.field == "author_markers":
            h.authors = [x.split(":")[0] for x in ap.text.split("；")]
    for h in heads:  # an unmarked author line right above the header: "张三"
        above = [no for no in text_at if no < h.first]
        # (over the credits of the header: "郦文博" / "（某镇党委，2026年春季中青班学员）" / "指导教师：…")
        affiliation = None
        while above and (credit := HEADER_CREDIT.match(text_at[above[-1]].strip())):
            affiliation = credit.group(1) or affiliation
            h.first = above.pop()
        if above and not h.authors and (by := _first_byline(text_at[above[-1]])) is not None and by.unit:
            h.first = above.pop()    # "作者：蒋予安　单位：某局机关党委"
            h.authors, h.unit = by.authors, by.unit
        if above and not h.authors and _is_author_line(text_at[max(above)]):
            h.first = max(above)
            h.authors = [re.sub(r"\s+", "", n) for n in split_names(text_at[h.first])]
            h.unit = h.unit or affiliation
        # or one line an author, each with his unit: "韩　冬（中共某市委党校党建教研部）"
        placed = []
        while above and not h.authors and (pairs := _authors_with_units(text_at[above[-1]])):
            placed[:0] = pairs
            h.first = above.pop()
        if placed:
            h.authors, h.unit = [a for a, _ in placed], "；".join(u for _, u in placed)
    ends = sorted(a.line for a in apparatus if a.field in END_FIELDS)
    return sorted(heads + _labelled_pieces(text_at, heads, ends), key=lambda h: h.first)


def _labelled_pieces(text_at: dict[int, str], heads: list[_Header], ends: list[int]) -> list[_Header]:
    """Pieces a journal prints without apparatus (a conference report, a book review): under a
    column label ("■ 学术动态"), one to three title lines and an author line ("文 迪") — the
    author line is their header; or, where the paper before has ended (its references or its
    English apparatus stand between its text and the label), the text itself, signed at its
    end if at all — the header is then empty, just before the text's first line."""
    nos = sorted(text_at)
    out = []
    for k, no in enumerate(nos):
        if column_label(text_at[no]) is None:
            continue
        ended = k > 0 and any(nos[k - 1] < e < no for e in ends)
        for n in range(1, MAX_TITLE_LINES + 1):
            if k + n + 1 >= len(nos):
                break
            title = [text_at[x].strip() for x in nos[k + 1:k + n + 1]]
            if any(BODY_END.search(t) or len(t) > 40 for t in title):
                break
            at = nos[k + n + 1]
            # (the book's line maybe wrapped: "（《…》，方敬安著，海峡文艺出" / "版社2025年版）")
            wrapped = nos[k + n + 2] if k + n + 2 < len(nos) else None
            book = BOOK_LINE.match(text_at[at].strip()) and at \
                or wrapped is not None and BOOK_LINE.match(text_at[at].strip() + text_at[wrapped].strip()) and wrapped
            pairs = _authors_with_units(text_at[at])
            if _is_author_line(text_at[at]) or GROUP_END.search(text_at[at].strip()) or book or pairs:
                if not any(h.first - MAX_TITLE_LINES - 1 <= at <= h.last for h in heads):
                    out.append(_Header(at, book or at, [a for a, _ in pairs], unit="；".join(u for _, u in pairs))
                               if pairs else _Header(at, book or at, [] if book else [
                                   re.sub(r"\s+", "", x) for x in split_names(text_at[at])]))
                break
            if ended and (TEXT_INSIDE.search(text_at[at]) or len(text_at[at].strip()) > 40) \
                    and not any(h.first - MAX_TITLE_LINES - 1 <= at <= h.last for h in heads):
                out.append(_Header(at, at - 1, []))
                break
    return out


def _is_author_line(text: str) -> bool:
    return is_name(text) or are_names(text)


def _authors_with_units(text: str) -> list[tuple[str, str]]:
    """"韩　冬（某市委党校党建教研部）", "岑　远（某学院 教务处）　冉小舟（某局）": each author and his
    unit (its layout space gone), where the line is nothing else; else none."""
    t = text.strip()
    pairs = [(m.group(1), m.group(2)) for m in AUTHOR_UNIT.finditer(t)] if AUTHOR_UNITS.match(t) else []
    return [(clean_name(a), re.sub(r"\s+", "", u)) for a, u in pairs] if pairs and all(is_name(a) for a, _ in pairs) else []


# "（摄影：谭敏）", "（图片：芷江镇党委）": who took a picture news' picture, closing it
PICTURES_BY = re.compile(r"^[（(]\s*(摄影|摄|图片|图)\s*[：:/／]\s*[^（）()]{2,20}[）)]$")


def _title_lines(kept: list[Line], before: int, floor: int,
                 gap_ends: set[int]) -> tuple[list[Line], Line | None]:
    """The short lines right above a header (at most three), nearest last; a dropped line in
    `gap_ends` between them ends the run. And the line above them that prints their words
    again (a page's title bar), if one does."""
    run: list[Line] = []
    above = [l for l in kept if floor < l.no < before and l.text.strip()]
    for l in reversed(above):
        t = l.text.strip()
        if any(l.no < no < (run[0].no if run else before) for no in gap_ends):
            break
        # ("（摄影：谭敏）" closes the picture news above: no line of a title; a question right over
        # the header is its headline: "【咨询】流动党员怎么转组织关系？"; a subject and its colon
        # over the headline's words is its first line: "某学院学生第一党支部：" / "“理论+实践”双轮驱动")
        if BODY_END.search(t) and not (not run and t.endswith(("？", "?"))) \
                and not (run and t[-1:] in "：:" and not BODY_END.search(t[:-1]) and not PAUSE.search(t[:-1])) \
                or len(t) > 40 or len(run) == MAX_TITLE_LINES or PICTURES_BY.match(t) \
                or DATE_ALONE.match(t) or EDITORS_SIGNED.match(t) or run and is_institution(t):
            break   # (a note's end over it: its date, its editors, the office signing it)
        if run and "".join(t.split()) == "".join("".join(x.text.split()) for x in run):
            return run, l   # the page's title bar over the headline, the same words
        run.insert(0, l)
    return run, None


# "澄观新闻记者　邵清", "澄观评论员　冯一鸣": the outlet's name before its own people's role
OUTLET_ROLE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?=(?:记者|通讯员|评论员)\s)")


def _first_byline(text: str) -> Byline | None:
    """A byline printed as the body's first line: "文｜周沫", "作者：…", or the outlet's
    reporters or commentator ("澄观新闻记者　邵清　通讯员　甘雨", "澄观评论员　冯一鸣")."""
    t = text.strip()
    if len(t) > 40:
        return None
    if (outlet := OUTLET_ROLE.match(t)) is not None:
        rest = t[outlet.end():]
        if rest.startswith("评论员"):
            names = split_names(rest[3:])
            return Byline(authors=names, role=t[:outlet.end() + 3]) if names and all(map(is_name, names)) else None
        return reporters(rest)
    by = parse_head_byline(t)
    return by if by is not None and by.authors else None


def split_headed(meta: IssueMeta, kept: list[Line], heads: list[_Header],
                 gap_ends: set[int] = frozenset()) -> tuple[list[Article], list[Dropped]] | None:
    """The articles and the lines placed outside them, or None: no header found, or much of
    the text stands before the first one (the generic segmenter reads it then). A dropped
    line in `gap_ends` (a web page's breadcrumb) cannot stand inside a title block."""
    if not heads:
        return None
    starts: list[int] = []  # where each article starts (its label, title or header)
    tops: list[tuple[str | None, str | None, str | None, list[Line]]] = []
    tagged: list[Dropped] = []  # the columns printed before the headlines
    bars: set[int] = set()  # the title bars printed over them
    signed: set[int] = set()  # the bylines printed between a title and its header
    floor = 0
    for h in heads:
        run, bar = _title_lines(kept, h.first, floor, gap_ends)
        starts.append(min([l.no for l in run] + [h.first] + ([bar.no] if bar else [])))
        if len(run) >= 2 and not h.authors and (by := _first_byline(run[-1].text)) is not None:
            h.authors = by.authors  # "文：梁晓晴" over "日期：2026-05-09　点击：241"
            signed.add(run[-1].no)
            run = run[:-1]
        if bar:
            bars.add(bar.no)
        section = None
        label = column_label(run[0].text) if run else None
        if label or (len(run) >= 2 and len(run[0].text.strip()) <= LABEL_MAX and
                     sum(len(l.text.strip()) for l in run[1:]) >= 8):
            section = label or re.sub(r"\s+", "", run[0].text)
            run = run[1:]
        title, subtitle = headline_parts([l.text for l in run])
        # "【组工动态】关于…": the column's tag before the headline, which names the column ("01｜…",
        # the piece's number, names none)
        name, title, prefix = headline_column(title, run[0].no, None) if run else (None, title, None)
        if prefix is not None:
            section = name or section
            tagged.append(prefix)
        section = section or h.section
        medium = MEDIUM_PREFIX.match(title or "")
        if medium:
            title = medium.group(1)
        tops.append((title, subtitle, section, run))
        floor = h.last
    articles: list[Article] = []
    dropped: list[Dropped] = tagged
    ends = [s - 1 for s in starts[1:]] + [max(l.no for l in kept) if kept else 0]
    for n, (h, (title, subtitle, section, run), end) in enumerate(zip(heads, tops, ends), 1):
        body = [l for l in kept if h.last < l.no <= end and l.text.strip()]
        head_lines = [l for l in kept if starts[n - 1] <= l.no <= h.last and l.text.strip()]
        for l in head_lines:
            if _is_author_line(l.text) or l.no in signed \
                    or l not in run and _authors_with_units(l.text):
                dropped.append(Dropped(l.no, l.text, "byline of a title block, parsed into "
                                       "the article's fields", "title-byline"))
            elif h.first <= l.no <= h.last:   # a labelled piece's header: the book it reviews
                dropped.append(Dropped(l.no, l.text, "the book a review is of", "title-byline"))
            elif l.no in bars:
                dropped.append(Dropped(l.no, l.text, "heading printed twice", "heading-twice"))
            elif l not in run:
                dropped.append(Dropped(l.no, l.text, f"column label or running head: {section}",
                                       "column-label"))
        by = Byline(authors=list(h.authors), unit=h.unit)
        if body and not by.authors and (first := _first_byline(body[0].text)) is not None:
            by = first      # "文｜周沫", "澄观新闻记者　邵清　通讯员　甘雨" over the text
            dropped.append(Dropped(body[0].no, body[0].text, "byline of a title block, parsed into "
                                   "the article's fields", "title-byline"))
            body = body[1:]
        if body and not by.authors and (credit := lead_credit(body[0].text)):
            by = credit[0]  # "本网讯（通讯员 某某）…": the credit stays in the lead
        credits = []    # "供稿：教务处" / "文字：汤　宁" / "摄影：孔　哲" / "审核：范立群" closing the page
        while body and (c := CLOSING_CREDIT.match(body[-1].text.strip())):
            credits.insert(0, c)
            dropped.append(Dropped(body[-1].no, body[-1].text, "credits closing the page", "end-line"))
            body = body[:-1]
        writers = [clean_name(n) for c in credits if c.group(1) in WRITING for n in split_names(c.group(2))]
        if writers and not by.authors:
            by = Byline(authors=writers, role=by.role, unit=by.unit, writer=by.writer)
        body, after_credit = _after_credit(body)
        dropped += [Dropped(l.no, l.text, "the page's lines after the text's credit", "furniture") for l in after_credit]
        end_by = parse_end_line(body[-1].text) if body else None
        whole = end_by is not None  # the credit is the last line, not the end of one
        if body and not whole and (inline := INLINE_END.search(body[-1].text)):
            end_by = parse_end_line(inline.group(0))    # "…和睦了。（撰稿人 秦海）"
        if end_by:  # "（供稿：某单位）", "（撰稿人 某某）": a credit closing the page
            by = Byline(by.authors or end_by.authors, by.role or end_by.role, end_by.unit,
                        end_by.writer)
        if whole:
            dropped.append(Dropped(body[-1].no, body[-1].text, "end line, parsed into the "
                                   "article's fields", "end-line"))
            body = body[:-1]
            if body and not by.authors and is_name(body[-1].text):
                # "姚素心" / "（作者单位：…）": a piece signed at its end, name over unit
                by = Byline([clean_name(body[-1].text)], by.role, by.unit, by.writer)
                dropped.append(Dropped(body[-1].no, body[-1].text, "author's name over the "
                                       "end line", "end-line"))
                body = body[:-1]
        if _signed_and_dated(body) and not by.authors:   # a notice signed by its office
            by = Byline([clean_name(body[-2].text)], by.role, by.unit, by.writer)
            dropped += [Dropped(l.no, l.text, "signature and date closing a notice", "end-line")
                        for l in body[-2:]]
            body = body[:-2]
        paras = join_paragraphs([l.text for l in body])
        nos = [l.no for l in head_lines + body] + ([h.last + 1] if not body else [])
        articles.append(Article(
            id=f"{meta.id}-{n:03d}", order=n, title=title,
            body=body_markdown(paras),
            lines=line_ranges(nos), subtitle=subtitle, authors=by.authors, role=by.role,
            unit=by.unit, writer=by.writer, section=section,
            kind="article" if paras else "fragment", date=meta.date))
    first = min(starts)
    before = [l for l in kept if l.no < first and l.text.strip()]
    note = note_before_papers(meta, before)
    if note is not None:
        # a column host's words over the papers he presents: the column's first piece, and
        # the column of every paper under it that prints none
        before = [l for l in before if l.no not in note[2]]
        label = note[0].section or note[0].title
        articles = [note[0]] + [replace(a, section=a.section or label) for a in articles]
        articles = [replace(a, id=f"{meta.id}-{n:03d}", order=n) for n, a in enumerate(articles, 1)]
        dropped += note[1]
    if sum(len(han(l.text)) for l in before) > BEFORE_FIRST_MAX * sum(len(han(l.text)) for l in kept):
        return None  # the headers are a part of the issue only (one paper in a magazine)
    pieces, aside = front_pieces(meta, before)     # ("前言" over the papers, signed)
    if pieces:
        articles = [replace(a, id=f"{meta.id}-{n:03d}", order=n) for n, a in enumerate(pieces + articles, 1)]
    return articles, dropped + aside
