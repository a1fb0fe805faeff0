"""Sidecar: the YAML text an editor writes beside an issue → a validated `IssueMeta`.

Takes the sidecar's text (and names, for messages); gives `IssueMeta` or raises `InputError`
with the line and what to do. Only `yaml.safe_load`: a sidecar is data, never code.
"""
from __future__ import annotations

import re

import yaml

from .ingest import InputError
from .model import ARTICLE_KINDS, ISSUE_KINDS, IssueMeta

ISSUE_KEYS = {"id": str, "publication": str, "title": str, "date": str, "date_note": str,
              "kind": str, "number": str, "source": str, "note": str, "articles": list}
ARTICLE_KEYS = {"lines": list, "title": str, "subtitle": str, "authors": list, "role": str,
                "unit": str, "writer": str, "section": str, "kind": str, "date": str}
# "2015-10-nxdj": lower-case ASCII, digits and hyphens; it becomes a folder and a URL.
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
# "2015-10", "2018-03-12"
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^\s*-?\s*{re.escape(key)}\s*:", text, re.M)
    return text[:m.start()].count("\n") + 1 if m else None


def parse_sidecar(text: str, path: str, default_id: str) -> IssueMeta:
    """The issue metadata a sidecar holds; `default_id` (from the file name) when it has none."""
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        col = f", column {mark.column + 1}" if mark else ""
        raise InputError(path, line, f"not valid YAML{col}: {getattr(e, 'problem', e)}",
                         "fix the YAML syntax (quote values that contain ':' or start with "
                         "'[', '{', '*', '&')") from None
    if not isinstance(data, dict):
        raise InputError(path, 1, "a sidecar must be a mapping of keys to values",
                         "write it as `key: value` lines, e.g. `kind: magazine`")
    for key, value in data.items():
        if key not in ISSUE_KEYS:
            raise InputError(path, _line_of(text, str(key)), f"unknown key {key!r}",
                             "allowed keys: " + ", ".join(sorted(ISSUE_KEYS)))
        if isinstance(value, (int, float)) and ISSUE_KEYS[key] is str and key != "date":
            data[key] = value = str(value)
        if value is not None and not isinstance(value, ISSUE_KEYS[key]):
            raise InputError(path, _line_of(text, key), f"{key} must be a "
                             f"{'list' if ISSUE_KEYS[key] is list else 'text'}, got {value!r}",
                             "correct the value")
    meta = IssueMeta(id=data.get("id") or default_id, **{k: v for k, v in data.items()
                                                         if k != "id"})
    if not ID_RE.match(meta.id):
        raise InputError(path, _line_of(text, "id"), f"unsafe issue id {meta.id!r}",
                         "use lower-case ASCII letters, digits and '-', e.g. 2015-10-nxdj")
    if meta.kind not in ISSUE_KINDS:
        raise InputError(path, _line_of(text, "kind"), f"kind {meta.kind!r} is not known",
                         "use one of: " + ", ".join(ISSUE_KINDS))
    if meta.date is not None and not DATE_RE.match(str(meta.date)):
        raise InputError(path, _line_of(text, "date"), f"date {meta.date!r} is not a date",
                         "write YYYY-MM or YYYY-MM-DD in quotes, e.g. date: \"2015-10\"")
    for n, art in enumerate(meta.articles or [], 1):
        _check_article(art, n, path, text)
    return meta


def _check_article(art: object, n: int, path: str, text: str) -> None:
    where = _line_of(text, "articles")
    if not isinstance(art, dict):
        raise InputError(path, where, f"article {n} is not a mapping",
                         "write each article as `- lines: [[first, last]]` plus its fields")
    for key, value in art.items():
        if key not in ARTICLE_KEYS:
            raise InputError(path, where, f"article {n}: unknown key {key!r}",
                             "allowed keys: " + ", ".join(sorted(ARTICLE_KEYS)))
        if value is not None and not isinstance(value, ARTICLE_KEYS[key]):
            raise InputError(path, where, f"article {n}: {key} has the wrong type ({value!r})",
                             "correct the value")
    if art.get("kind", "article") not in ARTICLE_KINDS:
        raise InputError(path, where, f"article {n}: kind {art.get('kind')!r} is not known",
                         "use one of: " + ", ".join(ARTICLE_KINDS))
    ranges = art.get("lines")
    if not ranges or not all(isinstance(r, list) and len(r) == 2 and all(isinstance(x, int)
                                                                         for x in r)
                             and 0 < r[0] <= r[1] for r in ranges):
        raise InputError(path, where, f"article {n}: lines must be [[first, last], ...] with "
                         "1 <= first <= last", "give the article's line ranges in the issue file")
