"""Sidecar: the YAML text an editor writes beside an issue → a validated `IssueMeta`.

Takes the sidecar's text (and names, for messages); gives `IssueMeta` or raises `InputError`
with the line and what to do. Only YAML's safe loader (`CSafeLoader`, or `SafeLoader` where
PyYAML lacks libyaml): a sidecar is data, never code.
"""
from __future__ import annotations

import calendar
import datetime
import difflib
import re
import reprlib
from pathlib import Path

import yaml

from .errors import InputError
from .split.ingest import decode_text
from .model import ARTICLE_KINDS, ISSUE_KINDS, IssueMeta

ISSUE_KEYS = {"id": str, "publication": str, "title": str, "date": str, "date_note": str,
              "kind": str, "number": str, "source": str, "note": str, "articles": list}
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
DATE_HINT = 'write a real date, YYYY-MM or YYYY-MM-DD in quotes, e.g. date: "2015-10"'


def _quote(value: object) -> str:
    r = SHORT_REPR.repr(value)
    return r if len(r) <= 80 else r[:79] + "…"


def date_problem(value: str) -> str | None:
    """What is wrong with a sidecar date, or None: "2015-02-31" has no such day, "0000-01" no
    such year (years 1000–9999: four digits, as the archive's paths and sorting need)."""
    if not DATE_RE.match(value):
        return "is not a date"
    y, m, d = (int(x) for x in (value.split("-") + ["1"])[:3])
    if not 1000 <= y <= 9999:
        return f"has the year {y:04d} (years 1000–9999)"
    try:
        datetime.date(y, m, d)
    except ValueError:
        return f"is not in the calendar ({calendar.month_name[m]} {y} has "\
               f"{calendar.monthrange(y, m)[1]} days)"
    return None


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^\s*-?\s*{re.escape(key)}\s*:", text, re.M)
    return text[:m.start()].count("\n") + 1 if m else None


def read_sidecar(path: Path, default_id: str) -> IssueMeta:
    """The sidecar file at `path`, in whatever encoding the editor's machine saved it (UTF-8
    with or without BOM, GB18030, UTF-16 …: read as ingest reads issues)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), None, f"cannot read the sidecar: {e.strerror}",
                         "check that the file exists and is readable") from None
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
                        raise InputError(path, k.start_mark.line + 1, f"key {_quote(k.value)} is "
                                         f"written twice (first on line {first[k.value]})",
                                         "keep one of the two lines")
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
            raise InputError(path, mark.line + 1, f"YAML tag not allowed, column "
                             f"{mark.column + 1}: {_quote(''.join(token.value))}", "a sidecar "
                             "holds plain text, numbers and lists: remove the `!…` tag")
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            sign = "&" if isinstance(token, yaml.AnchorToken) else "*"
            raise InputError(path, mark.line + 1, f"YAML anchor or alias not allowed, column "
                             f"{mark.column + 1}: {sign}{_quote(token.value)}", "write the value "
                             "out where it is needed (a sidecar repeats nothing by reference)")
        if isinstance(token, OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(path, mark.line + 1, f"the YAML is nested more than "
                                 f"{MAX_DEPTH} levels deep", "write the sidecar as plain "
                                 "`key: value` lines and `articles:` entries")
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
        raise InputError(path, mark.line + 1, f"not valid in a sidecar, column "
                         f"{mark.column + 1}: {e.problem}", "write plain `key: value` "
                         "lines") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        col = f", column {mark.column + 1}" if mark else ""
        raise InputError(path, line, f"not valid YAML{col}: {getattr(e, 'problem', e)}",
                         "fix the YAML syntax (quote values that contain ':' or start with "
                         "'[', '{', '*', '&', '!', '%', '@')") from None
    except ValueError:  # an unquoted date YAML reads as a timestamp: "date: 2015-02-31"
        for no, value in UNQUOTED_DATE.findall(text):
            problem = date_problem(value)
            if problem:
                line = text[:text.index(no + value)].count("\n") + 1
                raise InputError(path, line, f"date {_quote(value)} {problem}", DATE_HINT) \
                    from None
        raise


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return f"yes/no value ({value})"
    return {dict: "mapping", list: "list"}.get(type(value), "value") + f" {_quote(value)}"


def parse_sidecar(text: str, path: str, default_id: str) -> IssueMeta:
    """The issue metadata a sidecar holds; `default_id` (from the file name) when it has none."""
    text = text.lstrip("\ufeff")
    binary = NOT_TEXT.search(text)
    if binary:
        raise InputError(path, text.count("\n", 0, binary.start()) + 1, "not text: control "
                         f"character U+{ord(binary.group()):04X} (a sidecar is a text file)",
                         "save the sidecar as plain UTF-8 text from a text editor")
    data, root, key_lines = _load(text, path)
    if not isinstance(data, dict):
        raise InputError(path, 1, "a sidecar must be a mapping of keys to values",
                         "write it as `key: value` lines, e.g. `kind: magazine`")
    for key, value in data.items():
        line = key_lines.get(str(key))
        if key not in ISSUE_KEYS:
            near = difflib.get_close_matches(str(key), ISSUE_KEYS, n=1)
            raise InputError(path, line, f"unknown key {_quote(key)}" +
                             (f" (did you mean {near[0]!r}?)" if near else ""),
                             "allowed keys: " + ", ".join(sorted(ISSUE_KEYS)))
        if key == "date" and isinstance(value, datetime.date):
            data[key] = value = value.isoformat()  # date: 2015-10-01 unquoted
        if key == "date" and isinstance(value, (int, float)):
            raise InputError(path, line, f"date is the number {_quote(value)}, not a date",
                             'write YYYY-MM or YYYY-MM-DD in quotes, e.g. date: "2015-10"')
        if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and ISSUE_KEYS[key] is str:
            data[key] = value = str(value)
        if value is not None and not isinstance(value, ISSUE_KEYS[key]):
            want = "a list" if ISSUE_KEYS[key] is list else "text"
            raise InputError(path, line, f"{key} must be {want}, not a {_type_name(value)}",
                             f'write it as `{key}: "…"` (quoted)' if want == "text" else
                             f"write it as `{key}:` followed by `- …` items")
    for key in ("id", "kind"):  # `id: ""` must not fall back to the file name unseen
        if key in data and data[key] in (None, ""):
            raise InputError(path, key_lines.get(key), f"{key} has no value",
                             f"give the {key} a value or delete the line")
    if "id" not in data and not ID_RE.match(default_id):
        raise InputError(path, None, f"the file name gives the unsafe issue id {_quote(default_id)}",
                         "rename the issue file (lower-case ASCII letters, digits and '-') or "
                         "add `id: …` to its sidecar")
    meta = IssueMeta(id=data.get("id") or default_id, **{k: v for k, v in data.items()
                                                         if k != "id"})
    if not ID_RE.match(meta.id):
        raise InputError(path, key_lines.get("id"), f"unsafe issue id {_quote(meta.id)}",
                         "use lower-case ASCII letters, digits and '-', e.g. 2015-10-nxdj")
    if meta.kind not in ISSUE_KINDS:
        raise InputError(path, key_lines.get("kind"), f"kind {_quote(meta.kind)} is not known",
                         "use one of: " + ", ".join(ISSUE_KINDS))
    problem = meta.date is not None and date_problem(str(meta.date))
    if problem:
        raise InputError(path, key_lines.get("date"), f"date {_quote(meta.date)} {problem}",
                         DATE_HINT)
    at = _entry_lines(root)
    for n, art in enumerate(meta.articles or [], 1):
        _check_article(art, n, path, at, _line_of(text, "articles"))
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
        raise InputError(path, where, f"article {n} is not a mapping",
                         "write each article as `- lines: [[first, last]]` plus its fields")
    for key, value in art.items():
        if key not in ARTICLE_KEYS:
            raise InputError(path, where, f"article {n}: unknown key {_quote(key)}",
                             "allowed keys: " + ", ".join(sorted(ARTICLE_KEYS)))
        if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and ARTICLE_KEYS[key] is str:
            art[key] = value = str(value)
        if key == "date" and isinstance(value, datetime.date):
            art[key] = value = value.isoformat()
        if value is not None and not isinstance(value, ARTICLE_KEYS[key]):
            want = "a list" if ARTICLE_KEYS[key] is list else "text"
            raise InputError(path, at.get((n, key), where), f"article {n}: {key} must be "
                             f"{want}, not a {_type_name(value)}", "correct the value")
    if not all(isinstance(a, str) for a in art.get("authors") or []):
        raise InputError(path, at.get((n, "authors"), where), f"article {n}: authors must be "
                         "a list of names", "write `authors: [张三, 李四]`")
    if art.get("kind") is not None and art["kind"] not in ARTICLE_KINDS:
        raise InputError(path, at.get((n, "kind"), where),
                         f"article {n}: kind {_quote(art.get('kind'))} is not known",
                         "use one of: " + ", ".join(ARTICLE_KINDS))
    problem = art.get("date") is not None and date_problem(art["date"])
    if problem:
        raise InputError(path, at.get((n, "date"), where), f"article {n}: date "
                         f"{_quote(art['date'])} {problem}", DATE_HINT)
    ranges = art.get("lines")
    if not ranges or not all(isinstance(r, list) and len(r) == 2 and all(
            isinstance(x, int) and not isinstance(x, bool) for x in r)
                             and 0 < r[0] <= r[1] for r in ranges):
        raise InputError(path, at.get((n, "lines"), where), f"article {n}: lines must be "
                         f"[[first, last], ...] with 1 <= first <= last, not {_quote(ranges)}",
                         "give the article's line ranges in the issue file")
