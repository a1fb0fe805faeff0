"""The small model every stage passes along: plain dataclasses, no behaviour beyond views.

Takes nothing, gives the types: `Line` (one source line with its 1-based number), `IssueMeta`
(what the sidecar or the text says about an issue), `Article`, `Dropped`, `Warning` and
`SplitResult` (the splitter's answer, whose `to_json()` is the documented `split --json`
contract).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

ArticleKind = Literal["article", "brief", "filler", "editor_note", "fragment"]
IssueKind = Literal["magazine", "newspaper", "web"]
ARTICLE_KINDS: tuple[ArticleKind, ...] = ("article", "brief", "filler", "editor_note", "fragment")
ISSUE_KINDS: tuple[IssueKind, ...] = ("magazine", "newspaper", "web")
# Why a source line is in no article's body: one code per rule that removes lines. The stage
# that removes a line says so with a code (read by later stages and tests) and a reason (for
# the editor, in `split --json`).
DropCode = Literal[
    # repair
    "page-mark", "web-chrome", "doubled-glyphs", "vertical-title", "revision-mark",
    # segment: layout lines, title blocks, end lines
    "floating-label", "caption", "title-date", "column-label", "duplicate-block",
    "orphan-title", "far-byline", "heading-twice", "title-byline", "title-caption", "end-line",
    "title-mark", "record-fields",
    "unplaced", "pull-quote",
    # the sidecar's split
    "section-label", "outside-articles",
    # the furniture of a kind of source, a journal's apparatus, its marked author line, what
    # stands before a headed source's first article
    "furniture", "apparatus", "marked-authors", "before-first",
    # where a body showed a picture or a video
    "media",
]


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the source file
    text: str
    # display cells of the whitespace before the text in the source, when repair saw more than a
    # paragraph's indent (a signature or date set far right: "　　　　　　　　本刊编辑部")
    indent: int = 0


@dataclass
class IssueMeta:
    id: str
    publication: str | None = None
    title: str | None = None
    date: str | None = None  # YYYY-MM or YYYY-MM-DD
    date_note: str | None = None
    kind: IssueKind = "magazine"
    number: str | None = None
    source: str | None = None
    note: str | None = None
    articles: list[dict] | None = None  # editor's override (sidecar `articles:`)
    id_differs: bool = False  # the sidecar's id differs from the file name on purpose


@dataclass(frozen=True)
class Apparatus:
    """What a scholarly journal prints around an article's text: metadata, not body."""
    abstract: str | None = None
    keywords: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    funding: str | None = None
    received: str | None = None
    bio: str | None = None  # 作者简介
    doi: str | None = None
    affiliations: tuple[str, ...] = ()  # the numbered units, in their order
    author_units: tuple[str, ...] = ()  # each author's units ("；"-joined), as `authors`
    title_en: str | None = None
    abstract_en: str | None = None
    keywords_en: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The fields the text gave, lists as lists; empty ones left out."""
        return {k: list(v) if isinstance(v, tuple) else v
                for k, v in asdict(self).items() if v}


@dataclass
class Article:
    id: str
    order: int
    title: str | None
    body: str  # Markdown, paragraphs separated by a blank line
    lines: list[tuple[int, int]]
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    role: str | None = None
    unit: str | None = None
    writer: str | None = None
    section: str | None = None
    kind: ArticleKind = "article"
    date: str | None = None
    apparatus: Apparatus | None = None  # a scholarly journal's (P10)
    confidence: float | None = None  # how sure the splitter is of this article, 0–1
    title_derived: bool = False  # the title is the text's first words: none was printed


@dataclass(frozen=True)
class Dropped:
    line: int
    text: str
    reason: str  # for the editor (public in `split --json`)
    code: DropCode  # for the stages and tests
    into: int | None = None  # "vertical-title": the line the glyph was joined into


@dataclass(frozen=True)
class Warning:
    line: int
    code: str
    message: str


@dataclass
class SplitResult:
    issue: IssueMeta
    articles: list[Article]
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def to_json(self) -> dict:
        """The `split --json` object; field order and names are the public contract. An
        article has its `confidence` after its body (null in the sidecar's split: the
        editor's), and one with journal apparatus an `apparatus` object after that."""
        i = self.issue
        return {
            "issue": {"id": i.id, "publication": i.publication, "title": i.title,
                      "date": i.date, "kind": i.kind, "source": i.source},
            "articles": [
                {"id": a.id, "order": a.order, "title": a.title, "subtitle": a.subtitle,
                 "authors": list(a.authors), "role": a.role, "unit": a.unit,
                 "writer": a.writer, "section": a.section, "kind": a.kind, "date": a.date,
                 "lines": [list(r) for r in a.lines], "body": a.body,
                 "confidence": a.confidence,
                 **({"apparatus": a.apparatus.to_json()} if a.apparatus else {})}
                for a in self.articles],
            "dropped": [{"line": d.line, "text": d.text, "reason": d.reason}
                        for d in self.dropped],
            "warnings": [asdict(w) for w in self.warnings],
        }


def pub_date(date: str | None) -> str | None:
    """A printed date filled out to YYYY-MM-DD ("2015-10" → "2015-10-01"): feeds, sitemaps
    and SOURCE_DATE_EPOCH need a day."""
    if not date:
        return None
    y, m, d = (date.split("-") + ["01", "01"])[:3]
    return f"{y}-{m}-{d}"
