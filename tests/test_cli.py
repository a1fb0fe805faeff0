"""The command line as a user meets it (P14): `split` and `check` start without the site half,
a closed output pipe ends a command quietly, Ctrl-C is one line and exit status 130.

Speed itself is measured by bench/startup.py; here only what makes it: which libraries a
command loads."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import DOCS_SRC, ROOT, run_cli

SMALL = DOCS_SRC / "2018-03-syjg.txt"
# its JSON (250 KB) outgrows a pipe's buffer (64 KB): the writer meets the closed pipe
LARGE = DOCS_SRC / "2015-10-nxdj.txt"
# what only building the site needs
HEAVY = ("mkdocs", "material", "opencc", "pypinyin", "numpy", "rjieba", "qikan.site",
         "qikan.build")
# runs one command in-process and prints the modules it loaded (top-level names)
LOADED = """
import json, sys
from qikan.cli import main  # cwd: the repository
try:
    main({argv!r})
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded_by(*argv: str) -> set[str]:
    r = subprocess.run([sys.executable, "-c", LOADED.format(argv=list(argv))],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    return set(json.loads(r.stderr.strip().splitlines()[-1]))


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_split_loads_no_site_library():
    assert heavy(loaded_by("split", str(SMALL), "--json")) == []


def test_split_yaml_and_help_load_no_site_library():
    assert heavy(loaded_by("split", str(SMALL), "--yaml")) == []
    assert heavy(loaded_by("--help")) == []


def test_check_loads_no_site_library_but_rjieba():
    """check needs rjieba (doubled words) only when a line holds a candidate; never the site."""
    assert [m for m in heavy(loaded_by("check", str(SMALL))) if m.split(".")[0] != "rjieba"] == []


def test_split_into_a_closed_pipe_is_quiet():
    """`split … | head -1`: the reader leaves after one line; no error, no traceback."""
    r = subprocess.run(f"{sys.executable} build_site.py split {LARGE} --json | head -1",
                       shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120,
                       executable="/bin/bash")
    assert r.stdout == "{\n"
    assert r.stderr == ""


def test_split_into_a_closed_pipe_exits_as_a_piped_program_does():
    """The status a program killed by SIGPIPE would have (141), and nothing on stderr."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "build_site.py"), "split", str(LARGE),
                             "--json"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 128 + signal.SIGPIPE
    assert err == b""


@pytest.mark.build
def test_ctrl_c_during_a_build_is_one_line_and_keeps_the_site(tmp_path):
    """SIGINT (Ctrl-C) while MkDocs writes the new site: one line, status 130, the previous
    site as it was, no temporary folder left."""
    src, out = tmp_path / "src", tmp_path / "site"
    src.mkdir()
    for p in DOCS_SRC.glob("2015-10-nxdj.*"):
        shutil.copy(p, src)
    args = ["build", "--src", str(src), "--out", str(out), "--work", str(tmp_path / "work"),
            "--dist", str(tmp_path / "dist")]
    assert run_cli(*args).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    for p in DOCS_SRC.glob("2020-09-jlzz.*"):  # a second issue: the next build has work to do
        shutil.copy(p, src)
    # a reader's Ctrl-C: SIGINT handled as a terminal's shell leaves it (a test runner's worker
    # may ignore it, and an ignored signal stays ignored in its children)
    proc = subprocess.Popen([sys.executable, str(ROOT / "build_site.py"), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and not any(
            p.name.startswith(".site.tmp-") and any(p.iterdir()) for p in tmp_path.iterdir()):
        time.sleep(0.02)
    assert proc.poll() is None, proc.communicate()
    os.kill(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert stderr == "已中断——之前的网站保持不变\n"
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


def test_python_m_qikan_is_the_same_command_line():
    r = subprocess.run([sys.executable, "-m", "qikan", "split", str(SMALL), "--json"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == run_cli("split", str(SMALL), "--json").stdout


def test_a_python_without_the_dependencies_gets_one_chinese_line(tmp_path):
    """P16: `python build_site.py check` with a Python that lacks the project's packages (the
    system's, say) prints one line saying what to run — no traceback — and exits 1."""
    import subprocess
    import venv

    venv.create(tmp_path / "bare", with_pip=False)
    bare = tmp_path / "bare" / "bin" / "python"
    r = subprocess.run([str(bare), str(ROOT / "build_site.py"), "check"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("error: 缺少依赖包 ") and "make site" in line and ".venv/bin/qikan" in line
