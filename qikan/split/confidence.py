"""Confidence: a split → how sure the splitter is of each article, 0–1, for the editor.

Takes a `SplitResult`; gives one number per article (`article_confidences`): 1 less a penalty
for every sign, seen on the development corpus (bench/devset), that an article is split
wrongly — a title block the splitter moved (printed inside or after the body; more so for a
short article, where titles do not float), a body much
longer than the issue's usual article (several articles run together; not where the title
moved, which a long article's floating title does), short flush lines
inside the body that read like headlines, a title derived from the text, no byline, a body
too short for an article, a piece printed right before an untitled one (where a body may
have been cut in two), a title block whose side was a guess, a title another piece prints
too, a form's fields or a date inside a title, a body of a line or two. `check` lists the articles below `FLAG_BELOW`. The weights are
data, in `PENALTIES`; bench/split_quality.py measures how many wrongly split articles the
threshold catches and how many right ones it flags.
"""
from __future__ import annotations

import bisect
from collections import Counter
import re
from statistics import median

from ..model import Article, SplitResult
from ..text import han
from .layout import PUNCTUATION, han_count

# "title-repeated", fields, dates and document numbers in "odd-title" (a brief's too), "tiny"
# (session 16): wrong ones flagged 68 % → 86 % (samples + tune + wildtune A–Z + extra; 160 wrong
# at the end), right ones 13 % both; held-out + wild (with its Part AA) 89 % of 19, right 23 %.
# "side-guessed" (session 6): wrong ones flagged 58 % → 67 % (samples + tune + wildtune +
# held-out + wild), right ones 11 % → 14 %; further generated issues (k = 6–39) 62 % → 69 %, 5 % → 7 %.
# "moved-small" (session 5): 48 % → 59 % of the wrong ones, right ones 9 % → 11 %.
# "odd-title" (session 5): wrong ones flagged 44 % → 53 % (samples + tune + wildtune + held-out + wild),
# right ones 8 % → 9 %; fillers and fragments matched are no longer counted either way.
# bench/split_quality.py at 0.75: wrong articles flagged 39 % (tune), 33 % (heldout), 1 of 4 (samples);
# right ones flagged 5 %, 4 %, 21 %. Higher catches more wrong ones on the synthetic corpus
# (70 % at 0.85) but flags half the real samples, whose titles float and bylines are often absent.
# With "untitled-next" and derived titles at 0.2, on 280 further generated issues (k = 6–39):
# wrong ones flagged 43 % → 79 %, right ones 9 % → 10 %; samples' right ones 21 % → 23 %.
# A moved title with a long body flagged right articles far more often than wrong ones (a
# magazine's floating titles head its long articles, which run over pages: on the corpus, 37
# right to none wrong): the length of an article whose title moved is no sign, and moved-title
# 0.2 → 0.15: right ones flagged 22 % → 9 % (samples), 4 % → 2 % (k = 6–29), 6 % → 4 %
# (k = 30–49); wrong ones caught unchanged (1 of 4, 21 of 31, 29 of 47, 8 of 12 …).
# "very-long" 0.35 → 0.2 and "odd-title" 0.3 → 0.25 (session 22; neither alone flags an article now):
# tunable parts (samples, tune, extra, wildtune A–AT) wrong ones flagged 88 % → 88 % of 178, right ones
# 14 % → 13 % of 4,486; kept-aside (held-out + wild) 86 % → 84 % of 98, 31 % → 28 % of 603.
FLAG_BELOW = 0.75
PENALTIES = {
    "moved-title": 0.15,    # floating-title / title-after-body: the block was placed by guess
    "very-long": 0.2,       # more than 2.5 × the median article
    "long": 0.15,           # more than 1.8 × the median
    "inner-headline": 0.2,  # each (at most two) short unpunctuated paragraph inside the body
    "derived-title": 0.3,   # no printed title found: an article (not a brief) without one is
                            # doubted even when signed (session 10: wrong ones flagged 74 % →
                            # 77 % of 39, right ones 9.3 % → 9.5 %; samples and blind unchanged)
    "no-author": 0.1,       # an article (not a brief) with no byline
    "short": 0.15,          # an article of fewer than 150 Chinese characters
    "tiny": 0.15,           # …and of fewer than `TINY`: a line or two, a form's fields or a cover's
    "untitled-next": 0.3,   # the next piece, printed right after it, has no title: a cut tail?
    "moved-small": 0.15,    # …and the article is shorter than the usual one
    "side-guessed": 0.3,    # its title block stood between two untitled bodies, the words no help
    "odd-title": 0.25,      # a printed title with a piece of a character or two (or none: a
                            # number): lines of other things taken in
    "title-repeated": 0.3,  # another piece of the issue has the same title: a part's heading
                            # inside pieces ("【服务承诺】", "我的体会") read as the title of each
    "no-body": 0.3,         # a piece with no body of its own (kind "fragment"): a title or a
                            # line cut off from its text (session 10: wrong ones flagged +1 of
                            # 38 and +1 of 9, right ones none)
}
# "深化村级组织 完善作风 建设 宁川…", "本刊编辑部 2 临江党建 2024.9": a title's pieces
TITLE_PIECE = re.compile(r"\S+")
# a printed title longer than this (in Chinese characters) has taken lines of text in (session 11:
# a poem's lines joined to its title)
TITLE_HAN_MAX = 40
# "一、", "（二）", "3.": a numbered subhead, which belongs inside a body
SUBHEAD = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、．])")
# the fewest Chinese characters of an article's body not doubted as a line or two taken apart
TINY = 40
# an article whose title moved, shorter than this share of the usual one, is doubted
SMALL_MOVED = 0.8
# lines apart, at most, for the next piece to be printed right after an article
ADJACENT = 3


def _size(a: Article) -> int:
    return han_count(a.body)


def _inner_headlines(a: Article) -> int:
    """Short unpunctuated paragraphs inside the body, not the subheads the splitter itself set
    as Markdown headings ("## 一、问题的提出") nor numbered ones."""
    paras = a.body.split("\n\n")
    inner = sum(1 for p in paras[1:]   # (most have punctuation: asked first)
                if not PUNCTUATION.search(p) and 4 <= len(han(p)) <= 24 and not SUBHEAD.match(p)
                and not p.startswith("#"))
    return 0 if inner > len(paras) / 2 else inner   # (most of the body: a poem's lines)


def _odd_title(title: str) -> bool:
    pieces = TITLE_PIECE.findall(title)
    return len(pieces) > 1 and any(len(han(p)) <= 2 for p in pieces) or len(han(title)) > TITLE_HAN_MAX \
        or bool(FIELDS_IN_TITLE.search(title))


# "时长：约75秒　风格：动画", "5月22日 星期四 多云办结情况：…", "某部 二〇二六年五月 会议议程",
# "2026年4月16日 小组交流", "芷组发〔2024〕12号 …": a field's label, a date or a document's number
# inside a title — lines of a form, a diary or a cover taken in
FIELDS_IN_TITLE = re.compile(r"\S[：:]\S.*\s\S{2,4}[：:]|星期[一二三四五六日天]|\s[〇零一二三四五六七八九\d]{4}年|"
                             r"^\d{4}年\d{1,2}月\d{1,2}日|〔\d{4}〕")


def article_signs(res: SplitResult) -> list[list[str]]:
    """The signs of a wrong split seen on each article, as `PENALTIES` keys."""
    # the usual length of an article (briefs would make every article look long)
    sizes = [_size(a) for a in res.articles]
    typical = median([n for a, n in zip(res.articles, sizes) if a.kind == "article"] or [1]) or 1
    warned = sorted((w.line, w.code) for w in res.warnings)
    at = [line for line, _ in warned]
    titles = Counter("".join(a.title.split()) for a in res.articles if a.title)
    out = []
    for k, a in enumerate(res.articles):
        first, last = min(f for f, _ in a.lines), max(l for _, l in a.lines)
        codes = {code for _, code in
                 warned[bisect.bisect_left(at, first):bisect.bisect_right(at, last)]}
        signs = []
        moved = bool(codes & {"floating-title", "title-after-body"})
        if moved:
            signs.append("moved-title")
        if "title-side-guessed" in codes:
            signs.append("side-guessed")
        size = sizes[k]
        if moved:
            if size < SMALL_MOVED * typical:
                signs.append("moved-small")  # a floating title is a long article's, not a short one's
        elif size > 2.5 * typical:
            signs.append("very-long")
        elif size > 1.8 * typical:
            signs.append("long")
        signs += ["inner-headline"] * min(2, _inner_headlines(a))
        if a.title_derived and a.kind == "article":
            signs.append("derived-title")
        elif a.title and (a.kind == "article" and _odd_title(a.title)
                          or a.kind == "brief" and FIELDS_IN_TITLE.search(a.title)):
            signs.append("odd-title")   # (a brief's title is its first words: only a form's or a date's are odd)
        if a.kind == "article" and not a.authors:
            signs.append("no-author")
        if a.kind == "article" and size < 150:
            signs.append("short")
        if a.kind == "article" and size < TINY:
            signs.append("tiny")
        if a.kind == "fragment":
            signs.append("no-body")
        if a.title and titles["".join(a.title.split())] >= 2:
            signs.append("title-repeated")
        nxt = res.articles[k + 1] if k + 1 < len(res.articles) else None
        if nxt is not None and nxt.kind == "article" and nxt.title_derived and a.kind == "article" \
                and min(f for f, _ in nxt.lines) - last <= ADJACENT:
            signs.append("untitled-next")
        out.append(signs)
    return out


def article_confidences(res: SplitResult) -> list[float]:
    return [round(max(0.0, 1.0 - sum(PENALTIES[s] for s in signs)), 2)
            for signs in article_signs(res)]
