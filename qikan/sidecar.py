"""Sidecar: the YAML text an editor writes beside an issue → a validated `IssueMeta`.

Takes the sidecar's text (and names, for messages); gives `IssueMeta` or raises `InputError`
with the line and what to do. Only YAML's safe loader (`CSafeLoader`, or `SafeLoader` where
PyYAML lacks libyaml): a sidecar is data, never code.
"""
from __future__ import annotations

import calendar
import datetime
import difflib
import os
import re
import reprlib
from pathlib import Path

import yaml

from .errors import InputError
from .messages import say
from .split.ingest import decode_text
from .model import ARTICLE_KINDS, ISSUE_KINDS, IssueMeta

# id_differs: true says that the id differs from the file name on purpose (build refuses it
# otherwise: a copied sidecar left with another issue's id)
ISSUE_KEYS = {"id": str, "publication": str, "title": str, "date": str, "date_note": str,
              "kind": str, "number": str, "source": str, "note": str, "articles": list,
              "id_differs": bool}
ARTICLE_KEYS = {"lines": list, "title": str, "subtitle": str, "authors": list, "role": str,
                "unit": str, "writer": str, "section": str, "kind": str, "date": str}
# libyaml's safe loader where PyYAML was built with it (ten times faster on sidecars with
# hundreds of `articles:`), the same safe constructors.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# "2015-10-nxdj": lower-case ASCII, digits and hyphens; it becomes a folder and a URL.
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
# a sidecar is three levels deep (articles → entry → lines → range); more is not a sidecar
MAX_DEPTH = 12
OPENING = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken, yaml.FlowMappingStartToken,
           yaml.FlowSequenceStartToken)
CLOSING = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
# values quoted in messages: cut at ~80 characters, and never expanded whole
SHORT_REPR = reprlib.Repr()
SHORT_REPR.maxstring = SHORT_REPR.maxother = 80
SHORT_REPR.maxlist = SHORT_REPR.maxdict = 6
# control characters other than tab and line ends: what binary content decodes to
NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# "date: 2015-02-31": a date written without quotes, which YAML itself reads (and fails on)
UNQUOTED_DATE = re.compile(r"^(\s*-?\s*date\s*:\s*)(\d{4}-\d{1,2}-\d{1,2})\s*$", re.M)
# "2015-10", "2018-03-12"
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
# "publication：宁夏党建", "    title：…": a key followed by a full-width colon (YAML sees no key)
FULL_WIDTH_COLON = re.compile(r"^[ \t]*(?:-[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*：", re.M)
# 'title: "党建引领', "  - title: '…": a value that opens a quote (group 1: the quote mark)
OPENS_QUOTE = re.compile(r"""^[ \t]*(?:-[ \t]+)?(?:[A-Za-z_][A-Za-z0-9_]*[ \t]*:[ \t]+)?(["'])""")
# where the closing mark stands in the rest of the line: '"' not escaped; "'" not doubled
CLOSES = {'"': re.compile(r'(?<!\\)(?:\\\\)*"'), "'": re.compile(r"'(?!')")}


def _quote(value: object) -> str:
    r = SHORT_REPR.repr(value)
    return r if len(r) <= 80 else r[:79] + "…"


def date_problem(value: str) -> str | None:
    """What is wrong with a sidecar date, or None: "2015-02-31" has no such day, "0000-01" no
    such year (years 1000–9999: four digits, as the archive's paths and sorting need)."""
    if not DATE_RE.match(value):
        return say("date.not-a-date")
    y, m, d = (int(x) for x in (value.split("-") + ["1"])[:3])
    if not 1000 <= y <= 9999:
        return say("date.year", year=y)
    try:
        datetime.date(y, m, d)
    except ValueError:
        return say("date.no-day", year=y, month=m, month_name=calendar.month_name[m],
                   days=calendar.monthrange(y, m)[1])
    return None


def key_line(text: str, key: str) -> int | None:
    """The line of the first `key:` in a sidecar's text (None when it has none)."""
    m = re.search(rf"^\s*-?\s*{re.escape(key)}\s*:", text, re.M)
    return text[:m.start()].count("\n") + 1 if m else None


def read_sidecar(path: Path, default_id: str) -> IssueMeta:
    """The sidecar file at `path`, in whatever encoding the editor's machine saved it (UTF-8
    with or without BOM, GB18030, UTF-16 …: read as ingest reads issues)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), None, "sidecar-unreadable", reason=e.strerror) from None
    return parse_sidecar(decode_text(data, str(path))[0], str(path), default_id)


def _check_nodes(root: yaml.Node | None, path: str) -> dict[str, int]:
    """The line of each top-level key; refuses a key written twice in one mapping (safe_load
    would silently keep the last one, and the editor's first value would be lost)."""
    seen_nodes: set[int] = set()
    todo = [root]
    while todo:  # iterative, and each node once: aliases may share nodes many times over
        node = todo.pop()
        if node is None or id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.tag != "tag:yaml.org,2002:merge":
                    if k.value in first:
                        raise InputError(path, k.start_mark.line + 1, "yaml-key-twice",
                                         key=_quote(k.value), first=first[k.value])
                    first[k.value] = k.start_mark.line + 1
                todo += [k, v]
        elif isinstance(node, yaml.SequenceNode):
            todo += node.value
    if isinstance(root, yaml.MappingNode):
        return {str(k.value): k.start_mark.line + 1 for k, _ in root.value}
    return {}


def _refuse_tags(text: str, path: str) -> None:
    """No `!…` tag, no anchor or alias, no deep nesting: safe_load refuses `!!python/…`, but
    a standard tag on a value it does not fit (`!!timestamp x`, `!!int x`) crashes PyYAML's
    constructors; aliases let a few lines expand to gigabytes (an editor's file needs none);
    nesting past `MAX_DEPTH` is no sidecar and would exhaust the constructor's recursion."""
    depth = 0
    for token in yaml.scan(text, Loader=LOADER):
        mark = token.start_mark
        if isinstance(token, yaml.TagToken):
            raise InputError(path, mark.line + 1, "yaml-tag", column=mark.column + 1,
                             tag=_quote(''.join(token.value)))
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            sign = "&" if isinstance(token, yaml.AnchorToken) else "*"
            raise InputError(path, mark.line + 1, "yaml-anchor", column=mark.column + 1,
                             name=sign + _quote(token.value))
        if isinstance(token, OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(path, mark.line + 1, "yaml-deep", depth=MAX_DEPTH)
        elif isinstance(token, CLOSING):
            depth -= 1


def _load(text: str, path: str) -> tuple[object, yaml.Node | None, dict[str, int]]:
    """The sidecar's data, its node tree (composed once: it gives every line number of the
    messages), and the line of each top-level key."""
    if not text.strip():
        return {}, None, {}
    try:
        _refuse_tags(text, path)
        root = yaml.compose(text, Loader=LOADER)
        return yaml.load(text, Loader=LOADER), root, _check_nodes(root, path)
    except yaml.constructor.ConstructorError as e:  # a list or mapping as a key: {[1]: 2}
        mark = e.problem_mark
        raise InputError(path, mark.line + 1, "yaml-structure", column=mark.column + 1,
                         problem=e.problem) from None
    except yaml.YAMLError as e:
        line, code, fields = _yaml_fault(text, e)
        raise InputError(path, line, code, **fields) from None
    except ValueError:  # an unquoted date YAML reads as a timestamp: "date: 2015-02-31"
        for no, value in UNQUOTED_DATE.findall(text):
            problem = date_problem(value)
            if problem:
                line = text[:text.index(no + value)].count("\n") + 1
                raise InputError(path, line, "date-bad", value=_quote(value),
                                 problem=problem) from None
        raise


def _yaml_fault(text: str, e: yaml.YAMLError) -> tuple[int | None, str, dict]:
    """The line, message code and fields of a YAML syntax error, by its real cause: PyYAML
    reports an unclosed quote where the stream ends or a line later, a missing or full-width
    colon on the line after, and names a bad indentation in its parser's terms."""
    mark = getattr(e, "problem_mark", None)
    context = getattr(e, "context", None) or ""
    problem = str(getattr(e, "problem", None) or e)
    at = mark.line + 1 if mark else len(text.splitlines()) + 1
    lines = text.splitlines()
    wide = FULL_WIDTH_COLON.search(text)
    if wide and text.count("\n", 0, wide.start()) + 1 <= at:
        return text.count("\n", 0, wide.start()) + 1, "yaml-fullwidth-colon", \
            {"key": wide.group(1)}
    if context.startswith("while scanning a quoted scalar") and e.context_mark is not None:
        cm = e.context_mark
        return cm.line + 1, "yaml-unclosed-quote", {"quote": _char_at(lines, cm, '"'),
                                                    "column": cm.column + 1}
    for no, line in enumerate(lines[:at], 1):
        opened = OPENS_QUOTE.match(line)
        if opened and not CLOSES[opened.group(1)].search(line, opened.end()):
            return no, "yaml-unclosed-quote", {"quote": opened.group(1),
                                               "column": opened.start(1) + 1}
    if mark and ("tab character" in problem or text[mark.index:mark.index + 1] == "\t"):
        return at, "yaml-tab", {}
    if context.startswith("while parsing a flow") and e.context_mark is not None:
        cm = e.context_mark  # "kind: [magazine": reported where the stream ends
        opening = "{" if "mapping" in context else "["
        return cm.line + 1, "yaml-unclosed-bracket", {"bracket": _char_at(lines, cm, opening),
                                                      "column": cm.column + 1}
    if context.startswith("while scanning a simple key") and e.context_mark is not None:
        return e.context_mark.line + 1, "yaml-no-colon", {}
    if mark and problem.startswith("mapping values are not allowed"):
        colon = lines[mark.line].find(":") if mark.line < len(lines) else -1
        if 0 <= colon < mark.column:  # a second ':' in `key: value`: the value holds it
            return at, "yaml-colon-in-value", {}
        return at, "yaml-indent", {}
    if mark and re.match(r"expected <block end>|did not find expected (key|'-')", problem):
        return at, "yaml-indent", {}
    return (at if mark else None), "yaml-syntax", {
        "column": say("column", column=mark.column + 1) if mark else "", "problem": problem}


def _char_at(lines: list[str], mark, default: str) -> str:
    """The character a mark points at (a quote, a bracket), or `default` where the mark
    stands past the text's end (libyaml's, at the end of the stream)."""
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) and line[mark.column] in "\"'[{" \
        else default


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return say("type.bool", value=value)
    kind = {dict: "type.mapping", list: "type.list"}.get(type(value), "type.value")
    return say(kind, value=_quote(value))


def parse_sidecar(text: str, path: str, default_id: str) -> IssueMeta:
    """The issue metadata a sidecar holds; `default_id` (from the file name) when it has none."""
    text = text.lstrip("\ufeff")
    binary = NOT_TEXT.search(text)
    if binary:
        raise InputError(path, text.count("\n", 0, binary.start()) + 1, "sidecar-binary",
                         code=ord(binary.group()))
    data, root, key_lines = _load(text, path)
    if not isinstance(data, dict):
        wide = FULL_WIDTH_COLON.search(text)
        if wide:
            raise InputError(path, text.count("\n", 0, wide.start()) + 1,
                             "yaml-fullwidth-colon", key=wide.group(1))
        raise InputError(path, 1, "sidecar-not-mapping")
    for key, value in data.items():
        line = key_lines.get(str(key))
        if key not in ISSUE_KEYS:
            raise InputError(path, line, "unknown-key", key=_quote(key),
                             near=_nearest(key, ISSUE_KEYS),
                             allowed=", ".join(sorted(ISSUE_KEYS)))
        if key == "date" and isinstance(value, datetime.date):
            data[key] = value = value.isoformat()  # date: 2015-10-01 unquoted
        if key == "date" and isinstance(value, (int, float)):
            raise InputError(path, line, "date-number", value=_quote(value))
        if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and ISSUE_KEYS[key] is str:
            data[key] = value = str(value)
        if value is not None and not isinstance(value, ISSUE_KEYS[key]):
            code = {list: "key-not-list", bool: "key-not-bool"}.get(ISSUE_KEYS[key],
                                                                     "key-not-text")
            raise InputError(path, line, code, key=key, got=_type_name(value))
    for key in ("id", "kind"):  # `id: ""` must not fall back to the file name unseen
        if key in data and data[key] in (None, ""):
            raise InputError(path, key_lines.get(key), "key-empty", key=key)
    if "id" not in data and not ID_RE.match(default_id):
        raise InputError(path, None, "file-name-unsafe", id=_quote(default_id))
    meta = IssueMeta(id=data.get("id") or default_id, **{k: v for k, v in data.items()
                                                         if k != "id"})
    if not ID_RE.match(meta.id):
        raise InputError(path, key_lines.get("id"), "unsafe-id", id=_quote(meta.id))
    if meta.kind not in ISSUE_KINDS:
        raise InputError(path, key_lines.get("kind"), "kind-unknown", kind=_quote(meta.kind),
                         kinds=", ".join(ISSUE_KINDS))
    problem = meta.date is not None and date_problem(str(meta.date))
    if problem:
        raise InputError(path, key_lines.get("date"), "date-bad", value=_quote(meta.date),
                         problem=problem)
    at = _entry_lines(root)
    for n, art in enumerate(meta.articles or [], 1):
        _check_article(art, n, path, at, key_line(text, "articles"))
    if meta.articles:
        meta.articles = _located(meta.articles, root, path)
    return meta


class SidecarArticle(dict):
    """One `articles:` entry as written, plus where it stands in the sidecar: its ranges can
    only be checked against the issue text, later, and that message must name this line."""
    path: str
    line: int  # the entry's first line
    range_lines: list[int]  # the line of each of its `lines` ranges


def _located(articles: list[dict], root: yaml.Node, path: str) -> list[dict]:
    items = next((v.value for k, v in root.value if k.value == "articles"), [])
    out = []
    for art, node in zip(articles, items):
        entry = SidecarArticle(art)
        entry.path, entry.line = path, node.start_mark.line + 1
        ranges = next((v.value for k, v in node.value if k.value == "lines"), [])
        entry.range_lines = [r.start_mark.line + 1 for r in ranges]
        out.append(entry)
    return out


def _entry_lines(root: yaml.Node | None) -> dict[tuple[int, str | None], int]:
    """(article number, key or None) → its line in the sidecar, for messages."""
    if not isinstance(root, yaml.MappingNode):
        return {}
    items = next((v.value for k, v in root.value if k.value == "articles"), [])
    out: dict[tuple[int, str | None], int] = {}
    for n, node in enumerate(items if isinstance(items, list) else [], 1):
        out[(n, None)] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            out.update({(n, str(k.value)): k.start_mark.line + 1 for k, _ in node.value})
    return out


def _check_article(art: object, n: int, path: str, at: dict[tuple[int, str | None], int],
                   articles_line: int | None) -> None:
    where = at.get((n, None)) or articles_line
    if not isinstance(art, dict):
        raise InputError(path, where, "article-not-mapping", n=n)
    for key, value in art.items():
        if key not in ARTICLE_KEYS:
            raise InputError(path, at.get((n, str(key)), where), "article-unknown-key", n=n,
                             key=_quote(key), near=_nearest(key, ARTICLE_KEYS),
                             allowed=", ".join(sorted(ARTICLE_KEYS)))
        if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and ARTICLE_KEYS[key] is str:
            art[key] = value = str(value)
        if key == "date" and isinstance(value, datetime.date):
            art[key] = value = value.isoformat()
        if value is not None and not isinstance(value, ARTICLE_KEYS[key]):
            code = "article-not-list" if ARTICLE_KEYS[key] is list else "article-not-text"
            raise InputError(path, at.get((n, key), where), code, n=n, key=key,
                             got=_type_name(value))
    if not all(isinstance(a, str) for a in art.get("authors") or []):
        raise InputError(path, at.get((n, "authors"), where), "article-authors", n=n)
    if art.get("kind") is not None and art["kind"] not in ARTICLE_KINDS:
        raise InputError(path, at.get((n, "kind"), where), "article-kind", n=n,
                         kind=_quote(art.get("kind")), kinds=", ".join(ARTICLE_KINDS))
    problem = art.get("date") is not None and date_problem(art["date"])
    if problem:
        raise InputError(path, at.get((n, "date"), where), "article-date", n=n,
                         value=_quote(art["date"]), problem=problem)
    ranges = art.get("lines")
    if not ranges or not all(isinstance(r, list) and len(r) == 2 and all(
            isinstance(x, int) and not isinstance(x, bool) for x in r)
                             and 0 < r[0] <= r[1] for r in ranges):
        raise InputError(path, at.get((n, "lines"), where), "article-lines", n=n,
                         value=_quote(ranges))


def _nearest(key: object, known) -> str:
    """" (did you mean 'title'?)" for a misspelt key, else "": the known key that begins
    alike ("publisher" → publication), else the closest in difflib's measure ("titel")."""
    key = str(key)
    alike = max(known, key=lambda k: len(os.path.commonprefix([k, key])))
    if len(os.path.commonprefix([alike, key])) >= 4:
        return say("near", near=alike)
    near = difflib.get_close_matches(key, list(known), n=1)
    return say("near", near=near[0]) if near else ""
