"""P11: a long build shows its stages — a bar redrawn in place on a terminal, one plain line
per finished stage anywhere else (a pipe, CI's log)."""
from __future__ import annotations

import io
import re
import shutil
import time

import pytest

from qikan.build import STAGES
from qikan.messages import say
from qikan.progress import build_progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_stages(progress) -> None:
    for stage in STAGES:
        progress(stage, False)
        progress(stage, True)


def test_off_a_terminal_each_finished_stage_is_one_plain_line():
    out = io.StringIO()
    progress, close = build_progress(out)
    run_stages(progress)
    close()
    lines = out.getvalue().splitlines()
    assert len(lines) == len(STAGES)
    for n, (line, stage) in enumerate(zip(lines, STAGES), 1):
        # in the editor's language (the suite runs in the default locale: Chinese)
        assert re.fullmatch(rf"第 {n}/{len(STAGES)} 步 {stage}（[^）]+）：\d+\.\d 秒", line), line
    assert "\r" not in out.getvalue()


def test_on_a_terminal_one_bar_is_redrawn_in_place_and_cleared(capsys):
    pytest.importorskip("tqdm")  # requirements.txt; imported only on a terminal
    term = Terminal()
    progress, close = build_progress(term)
    progress(STAGES[0], False)
    progress(STAGES[0], True)
    progress(STAGES[1], False)
    shown = term.getvalue()
    assert "\n" not in shown  # redrawn with \r on one line, never scrolled
    assert shown.rsplit("\r", 1)[-1].startswith(f"{say('stage.' + STAGES[1])} 1/{len(STAGES)}")
    # a long stage: the clock is redrawn without an event
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and term.getvalue().rstrip().endswith("00:00"):
        time.sleep(0.1)
    assert re.search(r"00:0[1-9]$", term.getvalue().rstrip()), term.getvalue()[-80:]
    for stage in STAGES[1:]:
        progress(stage, stage != STAGES[1])
        progress(stage, True)
    close()
    assert term.getvalue().endswith("\r")  # the line is blanked when the build ends
    assert capsys.readouterr().out == ""  # nothing on stdout: the build's summary stays clean


def test_a_build_off_a_terminal_prints_its_stages(built_site, tmp_path):
    """The command line's build, its output a pipe: the stages' lines, then the summary."""
    from conftest import run_cli

    # the session's splits, from its cache: this build splits nothing again
    shutil.copytree(built_site["base"] / "work" / "cache", tmp_path / "work" / "cache")
    r = run_cli("build", "--out", str(tmp_path / "site"), "--work", str(tmp_path / "work"),
                "--dist", str(tmp_path / "dist"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert [re.match(r"第 \d+/\d+ 步 (\w+)（", l).group(1) for l in lines[:len(STAGES)]] == \
        list(STAGES)
    assert lines[len(STAGES)].startswith("已构建 ")
