"""Progress: the build's stage events → what the person waiting for a long build sees.

Takes the `progress(stage, done)` events of `build.build_site` (its STAGES, in order); gives,
on a terminal, one bar over the stages redrawn in place on stderr (the stage running, stages
done of all, the time so far); anywhere else — a pipe, a file, CI's log, where a bar's redraws
would be noise — one plain line on stdout per finished stage, with its seconds.

Why tqdm: made for exactly this, pure Python with no dependencies of its own, and it redraws
one line only when stderr is a terminal; rich does the same and brings pygments and
markdown-it with it. It is imported only on a terminal, so builds in tests and CI never load
it.
"""
from __future__ import annotations

import sys
import threading
import time
from typing import IO, Callable

from .build import STAGES, Progress
from .messages import say


def stage_lines(out: IO[str] | None = None) -> Progress:
    """One line per finished stage: `第 4/11 步 run_mkdocs（MkDocs 构建）：23.4 秒`."""
    started: dict[str, float] = {}

    def progress(stage: str, done: bool) -> None:
        if not done:
            started[stage] = time.perf_counter()
            return
        print(say("build.stage", n=STAGES.index(stage) + 1, total=len(STAGES), stage=stage,
                  name=say(f"stage.{stage}"), seconds=time.perf_counter() - started.pop(stage)),
              file=out or sys.stdout, flush=True)
    return progress


def stage_bar(out: IO[str] | None = None) -> tuple[Progress, Callable[[], None]]:
    """A tqdm bar over the stages, and the function that closes it. The bar is redrawn every
    second between events too, so that its clock runs through a stage of many minutes."""
    from tqdm import tqdm

    bar = tqdm(total=len(STAGES), unit="stage", file=out or sys.stderr, leave=False,
               bar_format="{desc} {n_fmt}/{total_fmt} {bar} {elapsed}")
    lock, ended = threading.Lock(), threading.Event()

    def tick() -> None:
        while not ended.wait(1.0):
            with lock:
                bar.refresh()
    threading.Thread(target=tick, daemon=True).start()

    def progress(stage: str, done: bool) -> None:
        with lock:
            if done:
                bar.update(1)
            else:
                bar.set_description_str(say(f"stage.{stage}"))

    def close() -> None:
        ended.set()
        with lock:
            bar.close()
    return progress, close


def build_progress(out: IO[str] | None = None) -> tuple[Progress, Callable[[], None]]:
    """The display for this process's output: a bar on a terminal, plain lines elsewhere; and
    what to call when the build ends (either way)."""
    if (out or sys.stderr).isatty():
        return stage_bar(out)
    return stage_lines(out), lambda: None
