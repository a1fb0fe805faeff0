"""Incremental builds (P11): a build that makes only what changed gives the same bytes as a whole
build of the same input — site, zh-Hant edition, feeds, data and zip — and a failed one leaves
the last site as it was. The runs are made small (RUN_PAGES) so that each build here has many
MkDocs runs on two processes, as an archive of 100,000 articles has."""
from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

import qikan.site.plan as plan
from qikan.build import build_site
from qikan.archive import load_archive
from qikan.site.plan import NavViews
from qikan.site.render import render_archive

from conftest import DOCS_SRC, ROOT, SEEDS, run_cli

# the samples' dates (their sidecars): one part per year
SAMPLE_DATES = [str(yaml.safe_load(t.with_suffix(".yml").read_text("utf-8"))["date"])
                for t in SEEDS]

pytestmark = pytest.mark.build
CONFIG = ROOT / "mkdocs.yml"


def differences(a: Path, b: Path) -> list[str]:
    """Every file that is not the same, byte for byte, in both folders."""
    out = []
    for folder, dirs, names in os.walk(a):
        rel = Path(folder).relative_to(a)
        for n in names:
            if not (b / rel / n).is_file() or not filecmp.cmp(Path(folder) / n, b / rel / n,
                                                              shallow=False):
                out.append(str(rel / n))
    for folder, dirs, names in os.walk(b):
        rel = Path(folder).relative_to(b)
        out += [str(rel / n) for n in names if not (a / rel / n).exists()]
    return sorted(out)


def copy_issue(txt: Path, src: Path) -> None:
    shutil.copy(txt, src)
    shutil.copy(txt.with_suffix(".yml"), src)


@pytest.fixture()
def small_runs(monkeypatch):
    monkeypatch.setenv("QIKAN_SITE_URL", "https://example.org/qikan/")  # feeds too
    monkeypatch.setattr(plan, "RUN_PAGES", 25)


def build(src: Path, base: Path):
    return build_site(src, base / "site", CONFIG, base / "work", base / "dist")


def test_incremental_builds_equal_whole_builds(tmp_path, small_runs):
    src = tmp_path / "src"
    src.mkdir()
    for txt in SEEDS[:-1]:
        copy_issue(txt, src)
    first = build(src, tmp_path / "inc")
    assert first.made == first.pages  # nothing to keep yet
    # an issue added
    copy_issue(SEEDS[-1], src)
    added = build(src, tmp_path / "inc")
    whole = build(src, tmp_path / "whole")
    assert differences(tmp_path / "inc" / "site", tmp_path / "whole" / "site") == []
    assert filecmp.cmp(tmp_path / "inc/dist/qikan-offline.zip",
                       tmp_path / "whole/dist/qikan-offline.zip", shallow=False)
    assert added.made < added.pages
    # the newest issue: the search index was added to, not made again (search_append.py)
    assert added.search_kept == first.articles and whole.search_kept == 0
    # one article's text edited in one issue: only what shows it is made again
    txt = src / SEEDS[0].name
    text = txt.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if len(x) > 30)
    txt.write_text(text.replace(line, line[:10] + "（此处改过）" + line[10:], 1), encoding="utf-8")
    edited = build(src, tmp_path / "inc")
    shutil.rmtree(tmp_path / "whole")
    build(src, tmp_path / "whole")
    assert differences(tmp_path / "inc" / "site", tmp_path / "whole" / "site") == []
    assert 0 < edited.made < edited.pages / 4
    assert edited.search_kept == 0  # the oldest issue's text changed: the index made whole
    # nothing changed: nothing is made, and the site is the same
    again = build(src, tmp_path / "inc")
    assert again.made == 0 and again.search_kept == again.articles
    assert differences(tmp_path / "inc" / "site", tmp_path / "whole" / "site") == []


def test_a_failed_incremental_build_leaves_the_last_site(tmp_path, small_runs, monkeypatch):
    """The new site shares the unchanged files with the last one (hard links): a build that
    fails after its runs wrote must not have written through them."""
    src = tmp_path / "src"
    src.mkdir()
    for txt in SEEDS[:-1]:
        copy_issue(txt, src)
    build(src, tmp_path / "b")
    before = tmp_path / "before"
    shutil.copytree(tmp_path / "b" / "site", before)
    copy_issue(SEEDS[-1], src)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("qikan.build.write_zip", broken)
    with pytest.raises(OSError):
        build(src, tmp_path / "b")
    assert differences(before, tmp_path / "b" / "site") == []
    monkeypatch.undo()
    monkeypatch.setattr(plan, "RUN_PAGES", 25)
    build(src, tmp_path / "b")  # and the next build finds what to make again
    shutil.rmtree(tmp_path / "whole", ignore_errors=True)
    build(src, tmp_path / "whole")
    assert differences(tmp_path / "b" / "site", tmp_path / "whole" / "site") == []


def test_a_page_shows_the_nav_of_its_own_year_only(tmp_path):
    """What a page shows of the nav (a part of its key) does not change when an issue is added
    to another year; it does for the pages of the issue's own year."""
    results = sorted(load_archive(DOCS_SRC, tmp_path / "cache"), key=lambda r: r.issue.date)
    year = results[-2].issue.date[:4]
    added = replace(results[-1], issue=replace(results[-1].issue, id="added",
                                                date=f"{year}-11-30"))
    before = NavViews(render_archive(results)[1])
    after = NavViews(render_archive(results + [added])[1])
    other = f"issues/{results[0].issue.id}/001.md"
    same_year = f"issues/{results[-2].issue.id}/001.md"
    assert results[0].issue.date[:4] != year
    assert before.view(other) == after.view(other)
    assert before.view("authors.md") == after.view("authors.md")
    assert before.view(same_year) != after.view(same_year)
    # an article shows less of the nav than its issue's page: the way down to its issue
    assert after.view(same_year) != after.view(f"issues/{results[-2].issue.id}/index.md")
    assert after.view(same_year) == after.view(f"issues/{results[-2].issue.id}/002.md")
    assert after.view(same_year) != after.view("authors.md")
    # an issue of a new year: the pages that list the years (an issue's page) show it, the
    # articles of other years do not (their nav is folded to their own year)
    new_year = replace(results[-1], issue=replace(results[-1].issue, id="new-year",
                                                   date="2099-01"))
    later = NavViews(render_archive(results + [new_year])[1])
    issue_page = f"issues/{results[0].issue.id}/index.md"
    assert before.view(other) == later.view(other)
    assert before.view(issue_page) != later.view(issue_page)


def test_parts_built_apart_and_merged_equal_one_build(tmp_path, built_site, monkeypatch):
    """CI's matrix, here: `parts` lists the archive's parts, each is built by its own process
    (as by its own job, with its own work folder), and the merge gives the site and zip that
    one build gives."""
    r = run_cli("parts", "--work", str(tmp_path / "w"))
    assert r.returncode == 0, r.stderr
    parts = json.loads(r.stdout)
    assert sorted(parts) == sorted({date[:4] for date in SAMPLE_DATES})
    for name in parts:
        r = run_cli("build", "--part", name, "--parts", str(tmp_path / "parts"),
                    "--work", str(tmp_path / f"w-{name}"))
        assert r.returncode == 0, r.stderr
    # the merge refuses to go on without every part, naming the command that makes it
    shutil.move(tmp_path / "parts" / f"part-{parts[0]}", tmp_path / "aside")
    r = run_cli("build", "--parts", str(tmp_path / "parts"), "--out", str(tmp_path / "site"),
                "--work", str(tmp_path / "w"), "--dist", str(tmp_path / "dist"))
    assert r.returncode == 2 and f"--part {parts[0]}" in r.stderr
    assert not (tmp_path / "site").exists()
    shutil.move(tmp_path / "aside", tmp_path / "parts" / f"part-{parts[0]}")
    r = run_cli("build", "--parts", str(tmp_path / "parts"), "--out", str(tmp_path / "site"),
                "--work", str(tmp_path / "w"), "--dist", str(tmp_path / "dist"))
    assert r.returncode == 0, r.stderr
    assert differences(tmp_path / "site", built_site["site"]) == []
    assert filecmp.cmp(tmp_path / "dist" / "qikan-offline.zip",
                       built_site["dist"] / "qikan-offline.zip", shallow=False)


def tiny_issue(src: Path, year: int) -> str:
    """An issue of one short article (a title, a byline, two paragraphs) dated in `year`."""
    stem = f"{year}-05-t"
    (src / f"{stem}.txt").write_text(
        f"{year}年的春耕\n\n文/李明\n\n今年春耕，村党支部把党员分成三个小组，分头到田间地头帮助"
        "农户解决难题。\n\n三个小组一共走访了八十多户，记下了二十多条意见，逐条落实到人。\n",
        encoding="utf-8")
    (src / f"{stem}.yml").write_text(f'publication: 测试月刊\ndate: "{year}-05"\n',
                                     encoding="utf-8")
    return stem


def test_a_new_year_makes_again_its_decade_alone(tmp_path, small_runs):
    """26 years of one issue each: 各期 lists them by decade, each decade with its page first.
    The first issue of a new year makes again the pages that open its decade (and those that
    list every issue), not the other decades' years and issues — every page links to a decade
    by its own page, not by its newest year — and gives the bytes of a whole build."""
    src = tmp_path / "src"
    src.mkdir()
    for y in range(1990, 2016):
        tiny_issue(src, y)
    build(src, tmp_path / "inc")
    site = tmp_path / "inc" / "site"
    kept = ["years/1995/index.html", "issues/1995-05-t/index.html", "issues/1995-05-t/001.html",
            "zh-Hant/years/1995/index.html", "years/1990-1999/index.html",
            "zh-Hant/years/1990-1999/index.html"]
    remade = ["years/2012/index.html", "issues/2012-05-t/index.html",
              "years/2010-2019/index.html", "zh-Hant/years/2010-2019/index.html"]
    before = {p: os.stat(site / p).st_ino for p in kept + remade}
    tiny_issue(src, 2016)
    build(src, tmp_path / "inc")
    build(src, tmp_path / "whole")
    assert differences(site, tmp_path / "whole" / "site") == []
    assert [p for p in kept if os.stat(site / p).st_ino != before[p]] == []
    assert [p for p in remade if os.stat(site / p).st_ino == before[p]] == []
    # a decade's page lists its years, newest first; a page off its way links to it
    decade = (site / "years/2010-2019/index.html").read_text("utf-8")
    listed = re.findall(r'href="\.\./(\d{4})/index\.html">\1 年</a>（1 期、1 篇）', decade)
    assert listed == [str(y) for y in range(2016, 2009, -1)]
    year = (site / "years/1995/index.html").read_text("utf-8")
    assert re.search(r'href="\.\./2010-2019/index\.html"[^>]*>\s*2010–2019 年', year)
    # an article's nav is its year: no decade
    assert "1990–1999 年" not in (site / "issues/1995-05-t/001.html").read_text("utf-8")


def test_parts_by_decade_built_apart_and_merged_equal_one_build(tmp_path, monkeypatch):
    """26 years: CI's matrix has a part a decade, each with its decade's page; built apart and
    merged they give the bytes of one build, site and zip."""
    monkeypatch.setenv("QIKAN_SITE_URL", "https://example.org/qikan/")
    src = tmp_path / "src"
    src.mkdir()
    for y in range(1990, 2016):
        tiny_issue(src, y)
    r = run_cli("parts", "--src", str(src), "--work", str(tmp_path / "w"))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == ["2010-2015", "2000-2009", "1990-1999"]
    for name in json.loads(r.stdout):
        r = run_cli("build", "--src", str(src), "--part", name, "--parts", str(tmp_path / "parts"),
                    "--work", str(tmp_path / f"w-{name}"))
        assert r.returncode == 0, r.stderr
    assert (tmp_path / "parts" / "part-2000-2009" / "years" / "2000-2009" / "index.html").is_file()
    r = run_cli("build", "--src", str(src), "--parts", str(tmp_path / "parts"), "--out",
                str(tmp_path / "merged"), "--work", str(tmp_path / "wm"), "--dist", str(tmp_path / "dm"))
    assert r.returncode == 0, r.stderr
    whole = build(src, tmp_path / "whole")
    assert whole.pages and differences(tmp_path / "merged", tmp_path / "whole" / "site") == []
    assert filecmp.cmp(tmp_path / "dm/qikan-offline.zip", tmp_path / "whole/dist/qikan-offline.zip",
                       shallow=False)
