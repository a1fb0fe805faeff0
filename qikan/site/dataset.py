"""Dataset: split issues → the archive as data for researchers, in the built site's `data/`.

Takes every issue's `SplitResult` and the site's URL; writes `data/articles.jsonl` (one JSON
object per article), `data/articles.csv` (the same rows, lists joined by "；", UTF-8 with a
BOM so that Excel reads it) and `data/datapackage.json`, a Frictionless Data package that
documents every field (its `schema` follows the Table Schema specification), so the files can
be read with `frictionless`, pandas or the csv module without guessing. The site's home page
links them; the offline zip carries them; the build puts them in `dist/data/` (publish_dataset).

Written with the standard library: the formats are simple and fixed; a Parquet file would
need pyarrow (about 100 MB installed) for an archive pandas reads from CSV in a second.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from ..model import SplitResult, pub_date
from .institutions import institutions
from .search import plain_text
from .urls import article_path, html_path

DATA_DIR = "data"
JSONL, CSV, PACKAGE = "articles.jsonl", "articles.csv", "datapackage.json"
LIST_SEP = "；"
# (name, Table Schema type, description): the columns, in order
FIELDS = (
    ("id", "string", "stable id of the article: <issue id>-<order>"),
    ("issue", "string", "the issue's id (its source file's name)"),
    ("publication", "string", "the journal, newspaper or site"),
    ("issue_kind", "string", "magazine | newspaper | web"),
    ("date", "string", "date as printed: YYYY, YYYY-MM or YYYY-MM-DD"),
    ("pub_date", "date", "date filled out to a day (the first of the month or year)"),
    ("order", "integer", "position in the issue, from 1"),
    ("section", "string", "the column (栏目) it is printed under"),
    ("title", "string", "title (derived from the text when none was printed: title_derived)"),
    ("title_derived", "boolean", "the title is the text's first words, none was printed"),
    ("subtitle", "string", "subtitle or kicker"),
    ("authors", "array", "authors, in printed order (CSV: joined by ；)"),
    ("role", "string", "role printed before the names (本报记者 …)"),
    ("unit", "string", "unit as printed (affiliation and post)"),
    ("institutions", "array", "the institutions the unit names, without posts (CSV: ；)"),
    ("writer", "string", "执笔 (who drafted it)"),
    ("kind", "string", "article | brief | filler | editor_note | fragment"),
    ("abstract", "string", "a scholarly journal's 摘要"),
    ("keywords", "array", "a scholarly journal's 关键词 (CSV: ；)"),
    ("lines", "array", "source line ranges [[first, last], …] of the issue file (CSV: JSON)"),
    ("url", "string", "the article's page (relative to the site when no site_url is set)"),
    ("body", "string", "the text, paragraphs separated by a blank line"),
)


def dataset_rows(results: list[SplitResult], site_url: str = "",
                 whole: Callable[[SplitResult], SplitResult] | None = None) -> Iterator[dict]:
    """One row per article, issues by date, articles in printed order (made as they are
    written: the archive's text is never held twice); `whole` gives an issue's split with its
    bodies when `results` are light (archive.light)."""
    for light in sorted(results, key=lambda r: (r.issue.date or "", r.issue.id)):
        r = whole(light) if whole else light
        i = r.issue
        for a in r.articles:
            ap = a.apparatus
            date = a.date or i.date
            yield {
                "id": a.id, "issue": i.id, "publication": i.publication, "issue_kind": i.kind,
                "date": date, "pub_date": pub_date(date), "order": a.order,
                "section": a.section, "title": a.title, "title_derived": a.title_derived,
                "subtitle": a.subtitle, "authors": list(a.authors), "role": a.role,
                "unit": a.unit, "institutions": institutions(a.unit), "writer": a.writer,
                "kind": a.kind, "abstract": ap.abstract if ap else None,
                "keywords": list(ap.keywords) if ap else [],
                "lines": [list(x) for x in a.lines],
                "url": site_url + html_path(article_path(i.id, a)),
                "body": plain_text(a.body)}


def _csv_value(name: str, value: object) -> str:
    if value is None:
        return ""
    if name == "lines":
        return json.dumps(value)
    if isinstance(value, list):
        return LIST_SEP.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def package(site_name: str, count: int) -> dict:
    """The Frictionless Data package describing the two files."""
    schema = {"fields": [{"name": n, "type": t, "description": d} for n, t, d in FIELDS],
              "primaryKey": ["id"]}
    return {
        "name": "qikan-articles", "title": f"{site_name}：文章数据集",
        "description": f"{count} articles of the archive, one row each: metadata, the source "
                       "lines and the text, as the site publishes them.",
        "resources": [
            {"name": "articles-jsonl", "path": JSONL, "format": "jsonl",
             "mediatype": "application/jsonl", "encoding": "utf-8", "schema": schema},
            {"name": "articles-csv", "path": CSV, "format": "csv", "mediatype": "text/csv",
             "encoding": "utf-8-sig", "schema": schema,
             "dialect": {"delimiter": ",", "header": True}},
        ],
    }


@dataclass(frozen=True)
class DataState:
    """What a build's data files were made of, issue by issue in their order: the issue, the
    key of its split (cache.issue_key), and where its rows end in the JSON Lines and CSV files
    and how many rows there are up to it. The next build copies the rows of the issues that
    lead as they were and writes the others' (an issue added at the newest end: its rows)."""
    fingerprint: str        # the build's (settings, code): another one writes rows otherwise
    site_url: str
    issues: list[list]      # [issue id, split key, JSON Lines end, CSV end, rows up to it]

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> "DataState | None":
        try:
            return cls(**data)  # type: ignore[arg-type]
        except TypeError:
            return None


def write_dataset(results: list[SplitResult], site: Path, site_name: str, site_url: str = "",
                  whole: Callable[[SplitResult], SplitResult] | None = None,
                  split_keys: dict[str, str] | None = None, fingerprint: str = "",
                  last: DataState | None = None, last_site: Path | None = None
                  ) -> tuple[int, DataState]:
    """Write data/ into the built site; the number of rows, and what the files were made of.
    With `split_keys` and the `last` build's state and site, the rows of the issues that lead
    as they were are copied from its files (at 100,000 articles they are 800 MB of rows)."""
    folder = site / DATA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    ordered = sorted(results, key=lambda r: (r.issue.date or "", r.issue.id))
    keys = [split_keys.get(r.issue.id, "") if split_keys else "" for r in ordered]
    kept = _kept_issues(last, ordered, keys, fingerprint, site_url, last_site)
    entries = last.issues[:kept] if kept else []
    # newline="": the csv module writes its own line ends (\r\n), the JSON lines "\n"
    with open(folder / JSONL, "wb") as jsonl_bytes, open(folder / CSV, "wb") as csv_bytes:
        if kept:
            _copy_head(last_site / DATA_DIR / JSONL, jsonl_bytes, entries[-1][2])
            _copy_head(last_site / DATA_DIR / CSV, csv_bytes, entries[-1][3])
        jsonl = io.TextIOWrapper(jsonl_bytes, encoding="utf-8", newline="")
        table = io.TextIOWrapper(csv_bytes, encoding="utf-8-sig" if not kept else "utf-8",
                                 newline="")
        w = csv.writer(table, lineterminator="\r\n")
        if not kept:
            w.writerow([n for n, _, _ in FIELDS])
        count = entries[-1][4] if kept else 0
        for r, key in zip(ordered[kept:], keys[kept:]):
            for row in dataset_rows([r], site_url, whole):
                jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
                w.writerow([_csv_value(n, row[n]) for n, _, _ in FIELDS])
                count += 1
            jsonl.flush()
            table.flush()
            entries.append([r.issue.id, key, jsonl_bytes.tell(), csv_bytes.tell(), count])
        jsonl.detach()
        table.detach()
    (folder / PACKAGE).write_text(json.dumps(package(site_name, count), ensure_ascii=False,
                                             indent=1) + "\n", encoding="utf-8")
    return count, DataState(fingerprint, site_url, entries)


def _kept_issues(last: DataState | None, ordered: list[SplitResult], keys: list[str],
                 fingerprint: str, site_url: str, last_site: Path | None) -> int:
    """How many issues lead as the last build wrote them (0: all written)."""
    if (last is None or last_site is None or not keys or not all(keys)
            or (last.fingerprint, last.site_url) != (fingerprint, site_url)):
        return 0
    n = 0
    for r, key, entry in zip(ordered, keys, last.issues):
        if entry[:2] != [r.issue.id, key]:
            break
        n += 1
    try:
        sizes = ((last_site / DATA_DIR / JSONL).stat().st_size,
                 (last_site / DATA_DIR / CSV).stat().st_size)
    except OSError:
        return 0
    return n if n and sizes == tuple(last.issues[-1][2:4]) else 0


def _copy_head(src: Path, dst: BinaryIO, size: int) -> None:
    """The first `size` bytes of `src` into `dst` (in the kernel where it can)."""
    with open(src, "rb") as f:
        done = 0
        while done < size:
            try:
                sent = os.copy_file_range(f.fileno(), dst.fileno(), size - done)
            except OSError:  # not between these file systems: through this process
                dst.write(f.read(size - done))
                break
            if not sent:
                raise OSError(f"{src}: shorter than the {size} bytes its state says")
            done += sent
        dst.seek(size)


def publish_dataset(site: Path, dist: Path) -> None:
    """The site's data/ into `dist/data/`, each file replaced whole: a hard link to the site's
    file where both are on one file system (at 100,000 articles the files are 800 MB, and the
    build never writes into a file of a site it has swapped in), else a copy."""
    target = dist / DATA_DIR
    target.mkdir(parents=True, exist_ok=True)
    for f in sorted((site / DATA_DIR).iterdir()):
        tmp = target / f".{f.name}.tmp"
        tmp.unlink(missing_ok=True)
        try:
            os.link(f, tmp)
        except OSError:  # another file system (or one without links)
            shutil.copyfile(f, tmp)
        os.replace(tmp, target / f.name)
