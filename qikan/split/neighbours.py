"""Neighbours: classified lines → the classes only their neighbours tell.

Takes the `Ln`s the cascade of `classify` gave (each line's class from its own text) and changes
their classes in place, reading the lines around each one: a byline or an end line wrapped onto
the next line, a form's header under a title (minutes' 时间/地点/记录人), a running head naming a
column with words before it, a bare name or an institution under a title, an institution closing
a body, a floating place label, a pull quote repeating a sentence. Written by hand: no library
models the typography of Chinese PDF extractions.
"""
from __future__ import annotations

import re

from ..text import han
from .byline import DEPARTMENT, NAME_POST, Byline, name_then_unit, parse_head_byline, unit_and_name
from .end_lines import EDITORS_SIGNED, parse_end_line
from .dates import DATE_ALONE
from .headlines import CHAPTER
from .names import PIECE_NUMBER, POST_END, are_names, clean_name, has_surname, is_institution, is_name, split_names
from .layout import CREDIT_LABEL, INNER_COMMA, OPEN_WORD, PART_SPACED, PUNCTUATION, Ln, headish
from .columns import COLUMN_WORDS, FRONT_WORDS
from .vocabulary import DOCUMENT_KIND, ENUM


# characters, at most, of the end of a byline wrapped onto the next line ("医院）")
BYLINE_REST_MAX = 12


def _wrapped_bylines(out: list[Ln]) -> None:
    """A byline whose bracket closes on the next line ("演讲者：柳星辰（岚州市第一人民" / "医院）"):
    the first line is the byline, the second its rest. An end line or a note on the author
    wrapped at the article's end ("作者简介：唐小禾，荻港市委党校公" / "共管理教研室副教授。"): both
    lines close it."""
    for l, nxt in zip(out, out[1:]):
        if (l.text[:4] == "作者简介" and not l.stop and nxt.stop
                or l.text[:1] in "（(" and l.text[-1:] not in "）)" and nxt.text[-1:] in "）)"
                and len(nxt.text) <= BYLINE_REST_MAX) and nxt.kind == "body" \
                and (by := parse_end_line(l.text + nxt.text)) is not None:
            # (or "（作者系岚山市农业农村局派驻" / "青石村第一书记）")
            l.kind, l.by, nxt.kind, nxt.by = "end", by, "end", Byline()
            continue
        if l.kind in ("body", "byline") and nxt.kind == "body" and "（" in l.text and nxt.text[-1:] == "）" \
                and len(nxt.text) <= BYLINE_REST_MAX and l.text.count("（") > l.text.count("）") \
                and (by := parse_head_byline(l.text + nxt.text)) is not None and by.authors:
            l.kind, l.by, nxt.kind = "byline", by, "byline_rest"


# "时间：2026年1月15日下午3:00", "地点：…", "主持人：…", "记录人：宋嘉", "缺席：…": the fields that
# head a meeting's minutes
FORM_FIELD = re.compile(r"^(时间|地点|主持人|主持|主讲人|发布人|发言人|出席|列席|缺席|参加人员|参会人员|应到(党员)?|实到(党员)?|记录人)\s*[:：]")


FORM_FIRST = frozenset("时地主发出列缺参应实记")   # (the fields' first characters: most lines are tried no further)
# fields in a row, at least, that make a form's header (one "时间：" line is text's)
FORM_FIELDS_MIN = 3


def _form_headers(out: list[Ln]) -> None:
    """A run of a form's field lines under a title ("时间：…" / "地点：…" / "主持人：…" / "记录人：…"):
    the header of a meeting's minutes or a press conference's transcript — lines printed with the
    title (the recorder's or the speakers' its byline: "发布人：post　name" and a second speaker
    set in under it), no text (and no running head, however often the same place is printed)."""
    k = 0
    while k < len(out):
        m = k
        while m < len(out) and (out[m].text[:1] in FORM_FIRST and out[m].kind in ("body", "byline", "section")
                                and FORM_FIELD.match(out[m].text) or m > k and _more_speakers(out[m - 1], out[m])):
            m += 1
        if m - k >= FORM_FIELDS_MIN:
            signer = None
            for l in out[k:m]:
                by = parse_head_byline(l.text) if l.text.startswith("记录人") else \
                    unit_and_name(SPEAKERS.sub("", l.text)) if SPEAKERS.match(l.text) else None
                if by is not None and by.authors and signer is None:
                    l.kind, l.by, signer = "byline", by, l
                elif signer is not None and signer.i == l.i - 1 and not FORM_FIELD.match(l.text) \
                        and (more := unit_and_name(l.text)) is not None:
                    signer.by = Byline(signer.by.authors + more.authors, signer.by.role,
                                       "；".join(u for u in (signer.by.unit, more.unit) if u) or None)
                    l.kind, signer = "byline_rest", l
                else:
                    l.kind = "date"
        k = max(m, k + 1)


# "发布人：", "发言人：": the speakers a press conference's header names
SPEAKERS = re.compile(r"^(发布人|发言人)\s*[:：]\s*")


def _more_speakers(above: Ln, l: Ln) -> bool:
    """A line set in under a speakers' field naming one more ("　　　　市民政局副局长　蒋丽")."""
    return l.page_start and l.kind == "body" and (SPEAKERS.match(above.text) is not None or above.kind == "byline_rest") \
        and unit_and_name(l.text) is not None


# a column's name long enough to be told in a running head that adds words before it
HEAD_NAME_MIN, HEAD_PREFIX_MAX = 6, 4


def _running_heads(out: list[Ln]) -> None:
    """A short line without punctuation that is a column label's name with a few words before
    it ("全市组织工作动态" where "组 织 工 作 动 态" opens the column) is that column's running
    head."""
    names = {l.section for l in out if l.kind == "section" and l.section
             and len(l.section) >= HEAD_NAME_MIN}
    for l in out if names else ():
        if len(l.text) <= 24 and l.kind == "body" and not PUNCTUATION.search(l.text):
            key = "".join(l.text.split())
            name = next((key[k:] for k in range(1, HEAD_PREFIX_MAX + 1) if key[k:] in names), None)
            if name:
                l.kind, l.section = "section", name


# lines around a pull quote where the sentence it repeats is looked for
QUOTE_REACH = 60


# "，" or ",": a pull quote is a piece of a sentence, with its pauses
COMMA_ANY = re.compile("[，,]")


def _pull_quotes(out: list[Ln]) -> None:
    """In text set one paragraph a line: a line without a sentence's end whose words stand
    inside a longer paragraph nearby is a pull quote (a sentence of the body printed again,
    large, without its full stop), not text."""
    hans = [han(l.text) for l in out]
    for k, l in enumerate(out):
        if l.kind != "body" or l.stop or l.han < 10 or not COMMA_ANY.search(l.text):
            continue    # (a headline printed again in its lead is no pull quote)
        h = hans[k]
        if any(len(hans[j]) > len(h) and h in hans[j] and out[j].kind == "body"
               for j in range(max(0, k - QUOTE_REACH), min(len(out), k + QUOTE_REACH + 1))):
            l.kind = "quote"


# any punctuation but the pause that lists posts ("市委常委、组织部部长"; "本刊记者 蓝语／通讯员
# 邹小满" is a line of credits)
# "祁云——县农业农村局派驻石门村第一书记": a name, a dash, the post
NAME_DASH_POST = re.compile(r"^([\u4e00-\u9fff·]{2,4})\s*——\s*([\u4e00-\u9fff（）()、]{4,40})$")
NO_POST_LINE = re.compile(r"[，。；：！？,;:!?（）()／/|｜]")


# the most characters of a signature line set far right
FAR_SIGNATURE_MAX = 30


def _undated(text: str) -> str | None:
    """The line without the date printed after it ("县卫生健康局　卢晓燕　2026年4月18日", "职务　某某
    （2026年3月18日）"), or None when no date ends it."""
    head, _, last = text.rpartition(" ")
    if not head:
        head, bracket, day = text.rpartition("（")
        last = bracket + day
    return head.rstrip() if head and DATE_ALONE.match(last) else None


def _unit_then_name(text: str) -> Byline | None:
    """"鹤湾村党支部　覃雨桐": an institution, then a name with a surname, or None."""
    parts = text.split()
    if len(parts) == 2 and is_institution(parts[0]) and is_name(parts[1]) and has_surname(parts[1]):
        return Byline(authors=[parts[1]], unit=parts[0])
    return None


# "某村党支部书记", "某小学教师": a post that ends a line of its own over the name's (not "…抓治理")
POST_LINE = re.compile("(书记|主任|队长|班长|站长|校长|院长|局长|部长|科长|所长|主席|会长|组长|馆长|厂长|社长|"
                       "教师|医生|护士长|记者|干部|党员)$")


def _offices(text: str) -> list[str]:
    """"党委组织部　人事处" → both offices (signing together); any other signer as one name."""
    parts = text.split()
    return parts if len(parts) >= 2 and is_institution(parts[0]) \
        and all(is_institution(p) or DEPARTMENT.match(p) for p in parts[1:]) else [clean_name(text)]


def _far_signature(l: Ln, nxt: Ln | None) -> Byline | None:
    """The byline of a line set far right under a text's last sentence (or under another such
    line): a date, an office, a name, a unit and a name ("县发展和改革局　韦晓东"), a post over the
    name's line ("枫岭镇党委书记" / "段志远"), or a signer no byline names over the date ("一名老党员" /
    "2026年3月"); None for other lines (a title centred over its text)."""
    t = l.text
    if len(t) > FAR_SIGNATURE_MAX or NO_POST_LINE.search(t):
        return None
    if DATE_ALONE.match(t):
        return Byline()
    t = _undated(t) or t
    if is_institution(t) or is_name(t) and has_surname(clean_name(t)):
        return Byline(authors=_offices(t))
    if (by := unit_and_name(t)) is not None:
        return by
    if nxt is None or not nxt.far:
        return None
    if is_name(nxt.text) and has_surname(clean_name(nxt.text)):
        return Byline(unit=clean_name(t))
    return Byline() if DATE_ALONE.match(nxt.text) and not PUNCTUATION.search(t) else None


def _context_bylines(out: list[Ln]) -> None:
    """Bare names ("郑海涛", "何 静", "张晓明 李华") and institutions printed right under a title
    are bylines (under the text's first line always);
    an institution closing a body before a column's label, the text's end or a title with its
    byline ("本刊编辑部", "市直机关工委调研组") signs it; a partly spaced short line anywhere else is a floating place label."""
    for k, l in enumerate(out):
        if l.kind != "body":
            continue
        prev = out[k - 1] if k else None
        nxt = out[k + 1] if k + 1 < len(out) else None
        after = out[k + 2] if k + 2 < len(out) else None
        # (a notice's contact line, "电子邮箱：…", closes its text as a sentence does; a signature
        # set far right is carried over a page's running head)
        shut = out[k - 2] if l.far and prev is not None and prev.kind == "section" and k >= 2 else prev
        closing = shut is not None and shut.kind == "body" and (shut.ends_sentence or CREDIT_LABEL.match(shut.text)) \
            and not headish(shut)
        # (asked only of a line after a paragraph's end: most lines go on a paragraph)
        dated = closing and nxt is not None and nxt.kind == "body" and DATE_ALONE.match(nxt.text) is not None \
            and (after is None or after.kind in ("section", "issuer", "end") or headish(after)
                 or after.text[:1] in "（(" and after.text[-1:] in "）)")    # (a closing note: "（内部交流）")
        if l.far and (closing or prev is not None and prev.kind == "end" and prev.far) \
                and (by := _far_signature(l, nxt)) is not None:
            l.kind, l.by = "end", by    # "　　　　　　县发展和改革局　韦晓东": who signs the text
            continue
        if closing and is_institution(l.text) \
                and (nxt is None or nxt.kind == "section" or dated or headish(nxt) and after is not None
                     and (after.kind == "byline" or is_institution(after.text))
                     or is_institution(nxt.text) and after is not None and DATE_ALONE.match(after.text)):
            l.kind, l.by = "end", Byline(authors=_offices(l.text))
            if dated:   # "中共某市委组织部" / "2026年2月20日": the office signs, and dates, the text
                nxt.kind, nxt.by = "end", Byline()
            continue
        if prev is not None and prev.kind == "end" and prev.by is not None and prev.by.authors and is_institution(l.text) \
                and nxt is not None and DATE_ALONE.match(nxt.text):
            l.kind, l.by = "end", Byline(authors=_offices(l.text))  # a second office signing, over the date
            nxt.kind, nxt.by = "end", Byline()
            continue
        if closing and dated and is_name(l.text) and has_surname(clean_name(l.text)):
            l.kind, l.by = "end", Byline(authors=[clean_name(l.text)])    # "祁云" / "2026年3月于岚州"
            nxt.kind, nxt.by = "end", Byline()
            continue
        if closing and nxt is not None and DATE_ALONE.match(nxt.text) and EDITORS_SIGNED.match(l.text):
            l.kind, l.by = "end", Byline()     # "编　者" / "2026年1月": the editors sign, no author
            nxt.kind, nxt.by = "end", Byline()
            continue
        if closing and dated and len(l.text) <= 30 and not NO_POST_LINE.search(l.text) \
                and (by := unit_and_name(l.text)) is not None:
            l.kind, l.by = "end", by    # "柳溪镇党委书记　祁振山" / "2026年1月15日": who reported
            nxt.kind, nxt.by = "end", Byline()
            continue
        if prev is not None and prev.kind == "body" and prev.text.startswith("——") and len(l.text) <= 30 \
                and not NO_POST_LINE.search(l.text) and (by := unit_and_name(l.text)) is not None:
            l.kind, l.by = "byline", by     # "——在…会议上的讲话" / "市委常委、组织部部长　闻一舟"
            continue
        after_title = prev is not None and prev.kind == "body" and headish(prev) \
            and not ENUM.match(prev.text) and not (prev.full and INNER_COMMA.search(prev.text)) \
            and not OPEN_WORD.search(prev.text)
        run = []
        j = k - 1
        while j >= 0 and len(run) < 3 and out[j].kind == "body" and headish(out[j]):
            run.append(out[j])
            j -= 1
        if any(ENUM.match(x.text) and x.full for x in run):
            after_title = False     # a numbered subhead wrapped onto a short second line
        if after_title and nxt is not None and nxt.kind == "body" and len(l.text) <= 30 and POST_LINE.search(l.text) \
                and not INNER_COMMA.search(l.text) and is_name(nxt.text) and has_surname(clean_name(nxt.text)) \
                and (after is None or not is_name(after.text)):
            # "漻溪乡某村党支部书记" / "柯玉珍" under a title: the speaker's post, then the name
            l.kind, l.by = "byline", Byline(authors=[clean_name(nxt.text)], unit=clean_name(l.text))
            nxt.kind = "byline_rest"
            continue
        if after_title and (by := name_then_unit(l.text) or _unit_then_name(l.text)) is not None:
            l.kind, l.by = "byline", by     # "石上松　某区税务局", "鹤湾村党支部　覃雨桐" under a title
            continue
        if after_title and (spoken := _undated(l.text)) and (by := unit_and_name(spoken)):
            l.kind, l.by = "byline", by     # "县委常委、组织部部长　苗雪晴　（2026年3月18日）": a speech's
            continue
        if after_title and len(l.text) <= 30 and len(l.text.split()) == 2 and l.text[:1] != "—" \
                and not NO_POST_LINE.search(l.text) and not PIECE_NUMBER.fullmatch(han(prev.text)) \
                and (by := unit_and_name(l.text)) is not None and by.unit and POST_END.search(by.unit) \
                and has_surname(by.authors[0]):
            l.kind, l.by = "byline", by     # "局党组书记、局长　卓远山" under a title: a speaker's post and name
            continue
        if after_title and nxt is not None and nxt.kind == "date" and len(l.text) <= 30 \
                and not NO_POST_LINE.search(l.text) and (by := unit_and_name(l.text)) is not None:
            l.kind, l.by = "byline", by     # "街道党工委书记　卢启明" / "（2026年6月28日）": the speaker
            continue
        if after_title and (is_name(l.text) or are_names(l.text) or is_institution(l.text)):
            anchored = nxt is None or nxt.page_start or nxt.kind in ("section", "label") or \
                prev.i == 0 or \
                (prev.i > 0 and out[prev.i - 1].kind in ("section", "byline", "end")) or \
                (prev.i > 0 and out[prev.i - 1].kind == "body" and headish(out[prev.i - 1])) or \
                (prev.i > 0 and out[prev.i - 1].ends_sentence and (has_surname(clean_name(l.text)) or
                                                                      is_institution(l.text) and not l.full)) or \
                _floats_in_sentence(out, prev, l, nxt) and (is_institution(l.text) or is_name(l.text)
                                                             or are_names(l.text))
            if anchored:
                l.kind = "byline"
                l.by = Byline(authors=[re.sub(r"\s+", "", n) for n in split_names(l.text)]
                              if are_names(l.text) else [re.sub(r"\s+", "", l.text)])
                continue
        if after_title and (post := NAME_POST.match(l.text)) and is_name(post.group(1)) \
                and has_surname(clean_name(post.group(1))):
            # "蒋明（县委组织部派驻柳溪村第一书记）" under a title: its author and his post
            l.kind, l.by = "byline", Byline(authors=[clean_name(post.group(1))], unit=post.group(2).strip())
            continue
        if after_title and (post := NAME_DASH_POST.match(l.text)) and has_surname(post.group(1)):
            # "祁云——县农业农村局派驻石门村第一书记" under a title: its author and his post
            l.kind, l.by = "byline", Byline(authors=[post.group(1)], unit=post.group(2))
            continue
        if PART_SPACED.match(l.text) and l.han <= 6 and not CHAPTER.match(l.text):
            key = "".join(l.text.split())
            if key in COLUMN_WORDS:
                l.kind, l.section = "section", key
            elif key not in FRONT_WORDS and not DOCUMENT_KIND.fullmatch(key):    # ("贺　信": a title)
                l.kind = "label"


# of the column's width, at least, a line beside a title's box fills
AROUND_BOX = 0.8


def _floats_in_sentence(out: list[Ln], title: Ln, l: Ln, nxt: Ln | None) -> bool:
    """A short title line and a short line under it printed inside a sentence: the lines
    around them fill the column (the one before nearly: text runs around a title's box) and
    the one before stops at no full stop (a title block floating in a body, as magazines
    print one)."""
    before = out[title.i - 1] if title.i > 0 else None
    return before is not None and before.kind == "body" and before.cells >= AROUND_BOX * before.width \
        and not before.ends_sentence \
        and nxt is not None and nxt.kind == "body" and (nxt.full or nxt.stop) \
        and (not title.full or is_institution(l.text)) \
        and not l.full     # (the sentence may end its paragraph right after the block: "46 家。")
    # (a title as wide as the column floats too when an institution signs it: no paragraph's
    # last line is an institution's name alone)


def read_neighbours(out: list[Ln]) -> None:
    """Every class the neighbours tell, in the order they build on each other."""
    _wrapped_bylines(out)
    _form_headers(out)
    _running_heads(out)
    _context_bylines(out)
    if out and out[0].para_line:
        _pull_quotes(out)
