"""Shared fixtures: the sample archive, and one build of it for every test that reads site/."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS_SRC = ROOT / "docs_src"
SEEDS = sorted(DOCS_SRC.glob("*.txt"))


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build_site.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def split_json() -> dict[str, dict]:
    """`split FILE --json` of every sample issue, through the real command line."""
    out = {}
    for txt in SEEDS:
        r = run_cli("split", str(txt), "--json")
        assert r.returncode == 0, r.stderr
        out[txt.stem] = json.loads(r.stdout)
    return out


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> dict:
    """The sample archive built once: site folder, work folder (generated Markdown), dist
    folder (the offline zip)."""
    base = tmp_path_factory.mktemp("built")
    out, work, dist = base / "site", base / "work", base / "dist"
    r = run_cli("build", "--out", str(out), "--work", str(work), "--dist", str(dist))
    assert r.returncode == 0, r.stderr
    return {"site": out, "docs": work / "docs", "base": base, "dist": dist}
