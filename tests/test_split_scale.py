"""P8: the splitter on long and hostile issues made of the samples' lines. No timing: it must
finish (a generous timeout only guards against a hang) and still give every line one owner."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

# 1.3 MB of 40-line pieces of the samples in a random order (the 500,000th to 539,900th lines
# of bench/split_speed.py's `shuffle20`): re-cutting a body there took back the tail it had
# just cut off, again and again, and the split never ended.
SCRIPT = """
import json, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from split_speed import seed_texts, shuffled
from qikan.model import IssueMeta
from qikan.split.pipeline import split_source
text = shuffled(list(seed_texts().values()), 20_000_000, 20).split("\\n")
data = "\\n".join(text[499_999:539_900]).encode()
res = split_source(data, "hostile.txt", IssueMeta(id="hostile"))
print(json.dumps({{"lines": data.count(b"\\n") + 1,
                  "ranges": [r for a in res.articles for r in a.lines]}}))
"""


@pytest.fixture(scope="module")
def hostile() -> dict:
    import json
    r = subprocess.run([sys.executable, "-c", SCRIPT.format(root=str(ROOT),
                                                            bench=str(ROOT / "bench"))],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


def test_a_body_is_not_recut_forever(hostile):
    owners: dict[int, int] = {}
    for first, last in hostile["ranges"]:
        assert 1 <= first <= last <= hostile["lines"]
        for n in range(first, last + 1):
            owners[n] = owners.get(n, 0) + 1
    assert len(hostile["ranges"]) > 1000    # it was split into articles, not given up on
    assert max(owners.values()) == 1        # no line in two articles
