"""P12 (serve): `build_site.py serve` previews the archive on 127.0.0.1 and rebuilds on a change
of an issue's sidecar, on MkDocs' own serve machinery."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import DOCS_SRC, ROOT

pytestmark = pytest.mark.build


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode("utf-8")


def wait_for(url: str, text: str, seconds: float = 60) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            page = fetch(url)
            if text in page:
                return page
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{text!r} never appeared at {url}")


def test_the_preview_rebuilds_when_a_sidecar_changes(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for ext in (".txt", ".yml"):
        shutil.copy(DOCS_SRC / f"2022-06-rmrb{ext}", src / f"2022-06-rmrb{ext}")
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(ROOT / "build_site.py"), "serve", "--src",
                             str(src), "--work", str(tmp_path / "work"), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/issues/2022-06-rmrb/001.html"
        wait_for(url, "党员带头干 村子换新颜</h1>")
        side = src / "2022-06-rmrb.yml"
        side.write_text(side.read_text("utf-8").replace("title: 党员带头干 村子换新颜",
                                                        "title: 党员带头干 村子换了新颜"), "utf-8")
        wait_for(url, "党员带头干 村子换了新颜</h1>")
        assert "live-reload" in fetch(url) or "livereload" in fetch(url)
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0]
    assert f"http://127.0.0.1:{port}/" in out
