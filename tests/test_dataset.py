"""P12 (the dataset): every build writes the archive as data — JSON Lines, CSV and a
Frictionless datapackage.json — in site/data/ (linked from the home page, in the zip) and in
dist/data/; read back with the json and csv modules, every article is there with the fields
of its split."""
from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

from conftest import SEEDS, run_cli
from qikan.archive import load_issue


def split_articles() -> dict[str, tuple]:
    out = {}
    for txt in SEEDS:
        res = load_issue(txt)
        for a in res.articles:
            out[a.id] = (res.issue, a)
    return out


def test_jsonl_and_csv_hold_every_article_as_split(built_site):
    data = Path(built_site["site"]) / "data"
    rows = [json.loads(l) for l in (data / "articles.jsonl").read_text("utf-8").splitlines()]
    with open(data / "articles.csv", encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    arts = split_articles()
    assert sorted(r["id"] for r in rows) == sorted(arts) == sorted(r["id"] for r in table)
    for row, line in zip(rows, table):
        issue, a = arts[row["id"]]
        assert (row["title"], row["authors"], row["unit"], row["section"], row["kind"]) == \
            (a.title, a.authors, a.unit, a.section, a.kind)
        assert row["issue"] == issue.id and row["publication"] == issue.publication
        assert row["lines"] == [list(x) for x in a.lines]
        assert "\\" not in row["body"] and row["body"].replace("\n", "")[:20] in \
            a.body.replace("\\", "").replace("\n", "")
        assert line["id"] == row["id"] and line["title"] == (row["title"] or "")
        assert line["authors"] == "；".join(row["authors"]) and json.loads(line["lines"]) == row["lines"]
        assert line["body"] == row["body"]
        assert row["url"].endswith(f"issues/{issue.id}/{a.order:03d}.html")


def test_the_package_documents_every_field(built_site):
    data = Path(built_site["site"]) / "data"
    pkg = json.loads((data / "datapackage.json").read_text("utf-8"))
    row = json.loads((data / "articles.jsonl").read_text("utf-8").splitlines()[0])
    with open(data / "articles.csv", encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    for res in pkg["resources"]:
        names = [fd["name"] for fd in res["schema"]["fields"]]
        assert names == list(row) == header
        assert all(fd["description"] and fd["type"] for fd in res["schema"]["fields"])
        assert (data / res["path"]).is_file()


def test_downloadable_from_home_in_the_zip_and_in_dist(built_site):
    home = (Path(built_site["site"]) / "index.html").read_text("utf-8")
    assert 'href="data/articles.csv"' in home and 'href="data/datapackage.json"' in home
    with zipfile.ZipFile(next(Path(built_site["dist"]).glob("*.zip"))) as z:
        names = {n.split("/", 1)[1] for n in z.namelist()}
    assert {"data/articles.csv", "data/articles.jsonl", "data/datapackage.json"} <= names
    for name in ("articles.csv", "articles.jsonl", "datapackage.json"):
        assert (Path(built_site["dist"]) / "data" / name).read_bytes() == \
            (Path(built_site["site"]) / "data" / name).read_bytes()
