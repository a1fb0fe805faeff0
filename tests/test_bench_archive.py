"""P8: bench/archive.py keeps working — a run at 100 articles, plain Material included, search
in the browser left out. No timing thresholds (speed is measured in bench/): the test checks
that the bench measures what the build built."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from pathlib import Path

import pytest
import yaml

from conftest import DOCS_SRC, ROOT

N = 100


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("bench-archive")
    out = base / "figures.json"
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "archive.py"), "--articles", str(N),
                        "--no-browser", "--keep", str(base / "run"), "--json", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    return {"stdout": r.stdout, "row": json.loads(out.read_text(encoding="utf-8"))[0],
            "dir": base / "run" / str(N)}


def test_synthetic_issues_are_made_of_the_samples_lines(run):
    """Every synthetic issue is printed in its sample's layout: each of its lines is a line of
    that sample issue, as printed (wrapping, page-start spaces)."""
    samples = {p.stem.split("-")[-1]: set(p.read_text(encoding="utf-8").split("\n"))
               for p in DOCS_SRC.glob("*.txt")}
    issues = sorted((run["dir"] / "src").glob("*.txt"))
    # the archive as built first, and the issue added for the republish
    assert len(issues) == run["row"]["issues"] + 1 >= 3
    for txt in issues:
        tag = txt.stem.split("-")[-1]
        foreign = set(txt.read_text(encoding="utf-8").split("\n")) - samples[tag]
        assert not foreign, (txt.name, sorted(foreign)[:3])
        side = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8"))
        assert side["id"] == txt.stem and re.fullmatch(r"\d{4}-\d{2}", side["date"])


def test_the_build_built_what_the_split_stage_split(run):
    row = run["row"]
    assert abs(row["split"]["articles"] - N) <= N // 10     # the issues split as planned
    assert row["built"]["articles"] == row["split"]["articles"]
    assert row["built"]["issues"] == row["issues"]
    assert row["article_pages"]["pages"] == row["hant_article_pages"]["pages"] \
        == row["built"]["articles"]
    assert 0 < row["article_pages"]["median_kb"] <= row["article_pages"]["max_kb"]
    # a page holds its article's text and more (navigation, header): never less
    assert 0 < row["page_overhead"]["median_kb"] < row["article_pages"]["median_kb"]
    assert 0 < row["hant_page_overhead"]["median_kb"] < row["hant_article_pages"]["median_kb"]
    assert row["zip_mb"] > 0 and row["search_index_mb"] > 0
    assert row["split"]["mb"] == pytest.approx(sum(
        p.stat().st_size for p in (run["dir"] / "src").glob("*.txt")
        if p.stem != row["added"]["issue"]) / 1e6)


def test_every_stage_of_the_build_is_timed(run):
    row = run["row"]
    for stage in ("archive_splits", "render_archive", "run_mkdocs", "write_search_index",
                  "write_hant_edition", "write_zip"):
        assert row["stages"].get(stage, 0) > 0, stage
    assert sum(row["stages"].values()) <= row["build"]["wall_s"]
    assert row["build"]["peak_mb"] > 0 and row["build"]["rc"] == 0


def test_the_republish_after_one_issue_is_measured(run):
    added = run["row"]["added"]
    assert added["rc"] == 0 and (run["dir"] / "src" / f"{added['issue']}.txt").is_file()
    for stage in ("render_archive", "run_mkdocs", "write_search_index", "write_zip"):
        assert added["stages"].get(stage, 0) > 0, stage
    # the site has the issue's pages
    assert (run["dir"] / "site" / "issues" / added["issue"] / "index.html").is_file()


def test_plain_material_builds_the_same_markdown(run):
    row, mat = run["row"], run["row"]["material"]
    assert mat["rc"] == 0
    assert mat["article_pages"]["pages"] == row["built"]["articles"]
    assert mat["index_mb"] > 0      # Material's own search index was built
    docs = run["dir"] / "material" / "docs"
    for md in docs.rglob("*.md"):
        text = md.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            keys = yaml.safe_load(text.split("---\n")[1]) or {}
            assert set(keys) <= {"title", "description"}, md
    # the generated Markdown of the archive as built first (the republish added an issue since)
    added = Path("issues", row["added"]["issue"])
    generated = {p.relative_to(run["dir"] / "work" / "docs")
                 for p in (run["dir"] / "work" / "docs").rglob("*.md")}
    plain = {p.relative_to(docs) for p in docs.rglob("*.md")}
    assert plain <= generated
    # what it lacks: the added issue's pages and the names only that issue brought
    assert {p for p in generated - plain if p.parts[0] == "issues"} == \
        {p for p in generated if added in p.parents} != set()
    assert {p.parts[0] for p in generated - plain} <= {"issues", "authors", "units", "sections"}


def test_the_table_is_printed(run):
    out = run["stdout"]
    assert f"| measure | {run['row']['split']['articles']} articles | target |" in out
    for row in ("split: CPU s, MB/s", "full build: wall (CPU)", "peak memory of the build",
                "article page, median / max", "plain Material + search: build wall",
                "ratio Material ÷ qikan"):
        assert f"| {row}" in out, row


def test_zip_bench_on_the_kept_site(run):
    """bench/zip_incremental.py on the site the run kept: 10 % of the files changed, the
    incremental zip is the fresh zip (it exits 1 when not)."""
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "zip_incremental.py"),
                        str(run["dir"] / "site"), "--changed", "10", "--repeat", "1"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    changed = int(re.search(r"next site: (\d+) files new or changed", r.stdout).group(1))
    files = int(re.search(r"site: (\d+) files in the zip", r.stdout).group(1))
    assert changed == round(files / 10) > 0 and "same bytes: True" in r.stdout
