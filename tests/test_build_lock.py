"""One build per work folder (P14 break 4): two builds from one checkout into two output
folders that share `--work` must not mix each other's generated pages. The second one waits
for the first, says so naming the build it waits for, and each publishes its own archive."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from conftest import DOCS_SRC, ROOT
from qikan.swap import HOLDER


def issue_ids(site: Path) -> set[str]:
    """The issues a built site has pages for (one folder per issue id under issues/), and of
    these, the ones the search index names."""
    folders = {p.name for p in (site / "issues").iterdir() if p.is_dir()}
    index = "".join(p.read_text("utf-8") for p in (site / "search" / "meta").glob("*.js"))
    return folders | {i for i in ("2015-10-nxdj", "2018-03-syjg") if i in index}


def test_two_builds_sharing_a_work_folder(tmp_path):
    srcs = {}
    for name, stem in (("a", "2015-10-nxdj"), ("b", "2018-03-syjg")):
        src = tmp_path / f"src-{name}"
        src.mkdir()
        for f in DOCS_SRC.glob(stem + ".*"):
            shutil.copy(f, src / f.name)
        srcs[name] = src
    work = tmp_path / "work"
    procs = {}
    for name, src in srcs.items():
        procs[name] = subprocess.Popen(
            [sys.executable, str(ROOT / "build_site.py"), "build", "--src", str(src),
             "--out", str(tmp_path / f"out-{name}" / "site"), "--work", str(work),
             "--dist", str(tmp_path / f"dist-{name}")],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if name == "a":     # b starts once a holds the work folder (its holder file names it),
            holder = work / HOLDER  # however long a takes to start on a busy machine
            deadline = time.monotonic() + 120
            while f"pid {procs['a'].pid}," not in (holder.read_text("utf-8") if holder.exists() else "") \
                    and procs["a"].poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
    results = {name: p.communicate(timeout=600) for name, p in procs.items()}
    for name, p in procs.items():
        assert p.returncode == 0, results[name][1]
    # each site has exactly its own archive's issue, nothing of the other's
    assert issue_ids(tmp_path / "out-a" / "site") == {"2015-10-nxdj"}
    assert issue_ids(tmp_path / "out-b" / "site") == {"2018-03-syjg"}
    waited = results["b"][1]
    assert "另一次构建正在使用这个文件夹" in waited, waited
    pid_a = procs["a"].pid
    assert f"pid {pid_a}" in waited and str(srcs["a"]) in waited, waited
    assert "2015-10-nxdj" not in results["a"][1]  # a did not wait: it held the lock first
