"""Script: an issue printed in Traditional characters → a Simplified shadow to split, and the
way back.

Takes the issue's numbered lines; gives (`simplified_shadow`), when the text is Traditional
(more than `TRADITIONAL_SHARE` of its Chinese characters change under OpenCC's tw2sp), the
same lines in Simplified characters and mainland words for the splitter to read — its
vocabulary (bylines, 编者按, 作者单位, every kind's furniture: 打印本页, not 列印本頁) is written
so — and a `Restorer` that gives any text the split made of those lines back as the source
printed it. tw2sp keeps a line's length (a line it would not is converted one character at a
time), so each shadow character stands at the position of a source character: the way back
follows a text through the shadow (`Restorer.text`) and takes the source's characters at the
positions it passes. OpenCC converts; the way back is written here because what it needs is
this issue's own characters at their places, which no converter knows (s2t would guess 發 for
发 where the source printed 髮, and 打印 for the 列印 it printed).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, replace

from ..model import Apparatus, Article, Line, SplitResult
from ..text import HAN_RUN

# the share of an issue's Chinese characters tw2sp changes above which it is Traditional: a
# Simplified issue has a handful in 100,000 (著), a Traditional one over a third
TRADITIONAL_SHARE = 0.05
# "們個這為國…": common characters only Traditional text prints; a Simplified issue has none of
# them, a Traditional one a few in every line
HINTS = re.compile("[們個這為國會說對時發來經過還黨員組織區縣鄉書記與實現點門問當義將動總關開長學業體種進應"
                   "見無樣華產從電機麼]")
HINTS_MIN = 10
# characters of a text looked up together to find where in the shadow it was taken from
GRAM = 4
# characters compared past the gram, and places compared, to tell where a text goes on
RUN, CANDIDATES = 16, 8
# how far after the last matched place a shorter run is looked for
NEAR = 200


# words tw2sp gives a mainland computing sense that party-building text does not mean, as
# (printed, tw2sp's word, the word meant): "通訊員" is a 通讯员 (a reporter), not a 通信员, "資料圖片"
# a 资料图片, not 数据图片, "簡訊" the column 简讯, not an SMS — the splitter's vocabulary writes the
# meant ones
MEANT = (("通訊", "通信", "通讯"), ("資料", "数据", "资料"), ("檔案", "文件", "档案"), ("文件", "文档", "文件"),
         ("建立", "创建", "建立"), ("程序", "进程", "程序"), ("互動", "交互", "互动"), ("批次", "批量", "批次"),
         ("簡訊", "短信", "简讯"), ("執行", "运行", "执行"), ("效能", "性能", "效能"), ("指標", "指针", "指标"),
         ("智慧", "智能", "智慧"), ("核心", "内核", "核心"))


@functools.lru_cache(maxsize=1)
def _tw2sp():
    import opencc   # only a Traditional issue pays for loading the converter
    return opencc.OpenCC("tw2sp")


@dataclass(frozen=True)
class Restorer:
    """The issue as one stream of characters without spaces or line ends, in the shadow and
    as printed, position for position."""
    shadow: str
    printed: str
    common: dict[str, str]      # for a character no position is found for: the commonest
    grams: dict[str, list[int]] = field(default_factory=dict, repr=False)
    line_at: dict[int, int] = field(default_factory=dict, repr=False)  # line → stream offset

    def text(self, s: str | None, line: int | None = None,
             spans: tuple[tuple[int, int], ...] = (), only: bool = False) -> str | None:
        """`s`, made by the split of the shadow's characters, as the source printed it: each
        run of characters followed through the shadow from where the run before it ended (the
        first looked for from source line `line` on: a passage printed twice in an issue is
        given back as printed where the text was taken), taking the printed character at each
        position it matches. A run is looked for first in `spans` (stream offsets: the
        article's own lines), then anywhere — or, `only`, there alone (a body is made of its
        article's lines): a Simplified line among Traditional ones keeps its characters, not
        those of a Traditional line that reads the same."""
        if not s:
            return s
        solid = [i for i, c in enumerate(s) if not c.isspace()]
        chars = "".join(s[i] for i in solid)
        out = list(s)
        # (the whole text standing in one of the article's spans, as a title does: taken there)
        whole = next((at for a, b in spans if (at := self.shadow.find(chars, a, b)) >= 0), None) if chars else None
        if whole is not None:
            for k, i in enumerate(solid):
                out[i] = self.printed[whole + k]
            return "".join(out)
        start = self.line_at.get(line) if line is not None else None
        p = None     # the shadow position the next character is expected at
        for k, i in enumerate(solid):
            c = chars[k]
            at = p
            if at is not None and at < len(self.shadow) and self.shadow[at] != c \
                    and self.shadow.startswith(chars[k + 1:k + GRAM], at + 1) and k + GRAM <= len(chars):
                # a character the split wrote for the one printed here ("，" for ","): the
                # text goes on where it stood, not where a run with the written one stands
                out[i] = self.common.get(c, c)
                p = at + 1
                continue
            if at is None or at >= len(self.shadow) or self.shadow[at] != c:
                at = self._find(chars[k:k + RUN], start if p is None else p, spans, only)
            if at is None:  # its run is shorter than GRAM before a character the split wrote
                at = self._near(chars[k:k + GRAM - 1], start if p is None else p)
            if at is not None and at < len(self.shadow) and self.shadow[at] == c:
                out[i] = self.printed[at]
                p = at + 1
            else:   # a character the split wrote itself (a full-width comma, a heading mark):
                out[i] = self.common.get(c, c)    # the next one is looked for from here on
        return "".join(out)

    def _near(self, run: str, after: int | None) -> int | None:
        """Where a run of fewer than GRAM characters stands in the shadow shortly after
        `after` (within `NEAR` characters), trying it shorter down to two; None if nowhere."""
        base = after or 0
        for n in range(len(run), 1, -1):
            at = self.shadow.find(run[:n], base, base + NEAR + n)
            if at >= 0:
                return at
        return None

    def _find(self, run: str, after: int | None, spans: tuple[tuple[int, int], ...] = (),
              only: bool = False) -> int | None:
        """Where the text from `run` on stands in the shadow: of the places its first GRAM
        characters stand at or after `after` (else anywhere), the one where more of `run`
        follows, the first of those — inside `spans` if it stands there (`only`: else
        nowhere); None when the shadow never has it."""
        gram = run[:GRAM]
        if len(gram) < GRAM:    # a text's last characters
            at = self.shadow.find(gram, after or 0) if gram else -1
            if at < 0 and after and gram:
                at = self.shadow.find(gram)
            return at if at >= 0 else None
        places = self.grams.get(gram)
        if not places:
            return None
        if spans:
            inside = [x for a, b in spans for x in places[bisect.bisect_left(places, a):
                                                          bisect.bisect_left(places, b - GRAM + 1)]]
            places = inside or ([] if only else places)
            if not places:
                return None
        n = bisect.bisect_left(places, after or 0)
        near = places[n:n + CANDIDATES] or places[:CANDIDATES]
        if len(near) == 1 or len(run) <= GRAM:
            return near[0]
        # ("市直机关开展…" stands in the article twice: under its title in Simplified, at its title
        # in Traditional — where the whole run goes on, not the first the gram is found at)
        return max(near, key=lambda at: (self._agreeing(at, run), -at))

    def _agreeing(self, at: int, run: str) -> int:
        """How many characters of `run` the shadow holds from `at` on."""
        n = 0
        while n < len(run) and at + n < len(self.shadow) and self.shadow[at + n] == run[n]:
            n += 1
        return n

    def result(self, res: SplitResult) -> SplitResult:
        """The split with every text it gives as the source printed it."""
        t = self.text
        return replace(
            res,
            articles=[self._article(a) for a in res.articles],
            dropped=[replace(d, text=self._line(d.text, d.line), reason=t(d.reason, d.line))
                     for d in res.dropped],
            warnings=[replace(w, message=t(w.message)) for w in res.warnings])

    def _line(self, s: str, line: int) -> str:
        """A dropped line's text as its own source line printed it, character for character
        where the two are as long (a line in Simplified characters among Traditional ones
        stays Simplified: it is not looked for elsewhere); else as `text` finds it."""
        start = self.line_at.get(line)
        end = self.line_at.get(line + 1, len(self.shadow))
        solid = [i for i, c in enumerate(s) if not c.isspace()]
        if start is None or end - start != len(solid):
            return self.text(s, line)
        out = list(s)
        for k, i in enumerate(solid):
            if self.shadow[start + k] == s[i]:
                out[i] = self.printed[start + k]
        return "".join(out)

    def lines(self, lines: list[Line]) -> list[Line]:
        return [Line(l.no, self.text(l.text, l.no)) for l in lines]

    def _spans(self, a: Article) -> tuple[tuple[int, int], ...]:
        """The stream offsets of the article's lines, in order."""
        return tuple(sorted((self.line_at.get(f, 0), self.line_at.get(l + 1, len(self.shadow)))
                            for f, l in a.lines))

    def _article(self, a: Article) -> Article:
        first, spans = min(f for f, _ in a.lines), self._spans(a)
        t = functools.partial(self.text, line=first, spans=spans)
        return replace(
            a, title=t(a.title), subtitle=t(a.subtitle), body=t(a.body, only=True),
            authors=[t(x) for x in a.authors], role=t(a.role), unit=t(a.unit),
            writer=t(a.writer), section=t(a.section),
            apparatus=self._apparatus(a.apparatus, first, spans) if a.apparatus else None)

    def _apparatus(self, ap: Apparatus, first: int, spans: tuple[tuple[int, int], ...]) -> Apparatus:
        t = functools.partial(self.text, line=first, spans=spans)
        return replace(ap, **{f.name: tuple(t(x) for x in v) if isinstance(v, tuple) else t(v)
                              for f in fields(ap) if (v := getattr(ap, f.name)) is not None})


def _meant(printed: str, shadow: str) -> str:
    """The shadow of a line with the words `MEANT` lists given their meant form (tw2sp keeps a
    word's length: a printed word and its shadow stand at the same place)."""
    for word, got, meant in MEANT:
        at = printed.find(word)
        while at >= 0:
            if shadow[at:at + len(got)] == got:
                shadow = shadow[:at] + meant + shadow[at + len(got):]
            at = printed.find(word, at + 1)
    return shadow


def simplified_shadow(lines: list[Line]) -> tuple[list[Line], Restorer | None]:
    """The lines in Simplified characters and the way back, or the lines themselves and None
    when the issue is not printed in Traditional characters."""
    hints = len(HINTS.findall("\n".join(l.text for l in lines)))
    if hints < HINTS_MIN:   # no need to load the converter for a Simplified issue
        return lines, None
    han = sum(len(run) for l in lines for run in HAN_RUN.findall(l.text))
    conv = _tw2sp()
    shadow = []
    for l in lines:
        s = conv.convert(l.text)
        if len(s) != len(l.text):
            s = "".join(conv.convert(c) for c in l.text)
        shadow.append(Line(l.no, _meant(l.text, s)))
    changed = sum(a != b for l, s in zip(lines, shadow) for a, b in zip(l.text, s.text))
    if changed <= TRADITIONAL_SHARE * han:
        return lines, None
    return shadow, _restorer(lines, shadow)


def _restorer(lines: list[Line], shadow: list[Line]) -> Restorer:
    pairs: list[tuple[str, str]] = []
    line_at: dict[int, int] = {}
    for l, s in zip(lines, shadow):
        line_at[l.no] = len(pairs)
        pairs += [(a, b) for a, b in zip(l.text, s.text) if not b.isspace()]
    printed = "".join(a for a, _ in pairs)
    stream = "".join(b for _, b in pairs)
    stood: dict[str, Counter] = defaultdict(Counter)
    for a, b in pairs:
        stood[b][a] += 1
    grams: dict[str, list[int]] = defaultdict(list)
    for i in range(len(stream) - GRAM + 1):
        grams[stream[i:i + GRAM]].append(i)
    return Restorer(stream, printed, {b: n.most_common(1)[0][0] for b, n in stood.items()},
                    dict(grams), line_at)
