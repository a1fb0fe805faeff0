"""Conservation: an issue's source lines + its `SplitResult` → the lines whose text ended nowhere.

Takes the lines ingest read (before repair) and the split, automatic or the sidecar's; gives a
`Lost` for every source line whose Chinese characters are in none of the places a line may end:
an article's fields (body, title, subtitle, authors, role, unit, writer, section) or `dropped`.

The test consumes: each field's text is a pool, and a line takes its characters out of the
pool it is found in, so a body line that repeats a piece of the title ("治理水平。" under a title
ending "…治理水平") is lost when the body no longer holds it, although the title does. Lines are
taken in reading order (an article's ranges in the order it lists them) and a pool is searched
from where the last line found its text, so a sentence quoted twice is matched where it
stands, not at its first occurrence. Short fields
(title, byline) are searched before the body, so a title line takes the title's characters,
not a body sentence that quotes the title; and they give a piece only at their edges or next
to a piece already taken, so a body line that quotes the middle of the title ("党的组织路线")
does not take it from the title. Lines shorter than four characters are taken after all the others, longest first, so a
short line (a vertical title's glyph, "工作。") cannot use up the middle of a longer line's text.
Each reading is greedy, so a line found nowhere tries again after all the others (the middle
of a title is given next to a piece taken, and the title's first line may be a short one, read
last); and when lines are still found nowhere a second reading is made in which a line that
goes on in a body right where the body's last line ended takes it from there, though it
matches a title's edge too (a paragraph's "精准扶贫" leaves the title 精准扶贫 to its own line).
The reading losing fewer lines counts: each places every line in characters of its own.
Only Han characters count, as in the scorer's
conservation figure: punctuation is normalised by repair and Markdown escaping adds marks. A
line's own `dropped` entries are its first pool; what a partial extraction took out of a line
("（作者单位：…）" closing a paragraph) must be logged there for the rest to be found.
"""
from __future__ import annotations

from dataclasses import dataclass

from .ingest import HAN
from .repair import GLYPHS
from ..model import Line, SplitResult

USED = "\0"  # what a consumed character becomes: no Han run matches across it
SHORT = 4
MAX_RESTS = 8  # ways of cutting a line's dropped pieces tried at most


@dataclass(frozen=True)
class Lost:
    line: int
    text: str  # the source line as read
    missing: str  # its Han characters found in no field and no dropped entry


def _han(text: str | None) -> str:
    """The Han characters of a text as the splitter reads them (radicals standing for
    characters read as those characters)."""
    return "".join(HAN.findall((text or "").translate(GLYPHS)))


class _Pool:
    """One field's Han characters; consumed ones become `USED`. A short field (title, byline)
    gives a piece only where it touches the field's edge or a piece already taken: a title is
    printed piece after piece, a body sentence quoting its middle is not one of them. The body
    gives anywhere, searched first from where the last line's text was found."""

    def __init__(self, text: str | None, anywhere: bool):
        self.text, self.at, self.anywhere = _han(text), 0, anywhere
        self.whole = self.text  # as it was before any line took from it

    def _find(self, need: str) -> int:
        if self.anywhere:
            at = self.text.find(need, self.at)
            return at if at >= 0 else self.text.find(need)
        at = self.text.find(need)
        while at >= 0:
            end = at + len(need)
            if at == 0 or self.text[at - 1] == USED or end == len(self.text) \
                    or self.text[end] == USED:
                return at
            at = self.text.find(need, at + 1)
        return -1

    def continues(self, need: str) -> bool:
        """The body goes on with `need` where the last line's text ended, or a short line's
        text later (short lines are read last); not before any line took from it, as a title
        line may open the body too ("一一一丁" over "一一一丁□ 党的建设")."""
        at = self.text.find(need, self.at)
        return self.anywhere and self.at > 0 and 0 <= at - self.at < SHORT

    def take(self, need: str) -> bool:
        at = self._find(need)
        if at < 0:
            return False
        self.text = self.text[:at] + USED * len(need) + self.text[at + len(need):]
        self.at = at + len(need)
        return True


def _rests(han: str, pieces: list[str]) -> list[str]:
    """The line's Han characters without its dropped pieces: each piece cut at its first
    occurrence (the first rest), then at its others (a few variants at most)."""
    rests = [han]
    for piece in pieces:
        if not piece:
            continue
        cut = []
        for r in rests:
            if r and r in piece and len(piece) > len(r):
                cut.append("")  # a piece holding the whole line: a vertical title joined into its first line
                continue
            at = r.find(piece)
            while at >= 0 and len(cut) < MAX_RESTS:
                cut.append(r[:at] + r[at + len(piece):])
                at = r.find(piece, at + 1)
            if r.find(piece) < 0:
                cut.append(r)
        rests = cut or rests
    return rests


def _order(n: int) -> tuple[int, int]:
    """Lines of `SHORT` characters or more first, in source order; then the short ones,
    longest first ("年华诞。" before a stray "年")."""
    return (0, 0) if n >= SHORT else (1, -n)


def lost_lines(lines: list[Line], res: SplitResult) -> list[Lost]:
    """The source lines (in order) whose Han characters the split placed nowhere."""
    # each reading is greedy and places every line it can in characters of its own, so any
    # reading that finds a line somewhere proves it is there: the one losing fewer counts
    lost = _lost_in_reading(lines, res, going_on=False)
    return lost and min(lost, _lost_in_reading(lines, res, going_on=True), key=len)


def _lost_in_reading(lines: list[Line], res: SplitResult, going_on: bool) -> list[Lost]:
    """`lost_lines` in one greedy reading; with `going_on`, a line that goes on in a body
    where its last line ended takes it from there, before any title's edge."""
    dropped: dict[int, list[str]] = {}
    for d in res.dropped:
        dropped.setdefault(d.line, []).append(_han(d.text))
    fields: list[list[_Pool]] = []  # per article, its pools, the short fields first
    owner: dict[int, list[int]] = {}  # source line → the articles whose ranges hold it
    for i, a in enumerate(res.articles):
        short = (a.title, a.subtitle, a.role, a.unit, a.writer, a.section, *a.authors)
        fields.append([_Pool(x, False) for x in short if _han(x)] + [_Pool(a.body, True)])
        for first, last in a.lines:
            for no in range(first, last + 1):
                owner.setdefault(no, []).append(i)
    every = [p for pools in fields for p in pools]

    def lost_from(line: Line) -> Lost | None:
        # a line outside every article's ranges (a title block the split moved) may be in any
        pools = [p for i in owner[line.no] for p in fields[i]] if line.no in owner else every
        rests = _rests(_han(line.text), dropped.get(line.no, []))
        # a dropped piece printed twice in the line ("（作者单位：…）一（作者单位：…）") was cut
        # from where the rest is then found in a field
        rest = next((r for r in rests if any(p._find(r) >= 0 for p in pools)), rests[0])
        # a body line that goes on where the body's last line ended is that body's, though it
        # may match a title's edge as well ("精准扶贫" in a paragraph, and the title 精准扶贫)
        here = [p for p in pools if p.continues(rest)] if going_on else []
        # a fragment of one to three characters ("0月10日" of a date broken over lines) may
        # repeat what another line took already: it is placed when its field holds it at all
        if not rest or any(p.take(rest) for p in here + pools) or \
                (len(rest) < SHORT and any(rest in p.whole for p in pools)):
            return None
        return Lost(line.no, line.text, rest)

    # lines of a few characters (a vertical title's glyphs, "工作。") last: taken first, they
    # would use up the middle of a longer line's text
    # and the others in reading order: in the sidecar's split an article's ranges in the
    # order it lists them (a later column may come first), so each line finds its text where
    # it stands; the automatic split's ranges are in source order already
    reading = {} if not res.issue.articles else {no: k for k, no in enumerate(
        no for a in res.articles for first, last in a.lines for no in range(first, last + 1))}
    ahead = len(reading)
    missed = [line for line in sorted(lines, key=lambda l: (
        _order(len(_han(l.text))), reading.get(l.no, ahead + l.no)))
        if lost_from(line)]
    # a line found nowhere tries again once the others took their pieces: the middle of a
    # title is given next to a piece taken, and the title's first line may be a short one
    # read last ("在“线下”" before "充分利用永")
    lost = [x for x in map(lost_from, missed) if x]
    return sorted(lost, key=lambda x: x.line)
