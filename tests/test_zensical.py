"""P12 (Zensical): the sample archive built with Zensical (`build_site.py zensical`) gives the
article pages the MkDocs build gives — the templates of theme_overrides/ took effect — plus the
search index and the zh-Hant edition run on its output."""
from __future__ import annotations

import re

import pytest

from conftest import GOLD_OF, gold, run_cli

pytestmark = pytest.mark.build


def test_the_zensical_build_has_our_article_pages(tmp_path):
    r = run_cli("zensical", "--work", str(tmp_path / "work"))
    assert r.returncode == 0, r.stderr
    site = tmp_path / "work" / "zsite"
    for stem in sorted(GOLD_OF):
        g = gold(stem)["articles"][0]
        html = (site / "issues" / stem / "001.html").read_text("utf-8")
        if g["title"]:
            assert re.search(rf'<h1 class="qikan-head__title">{re.escape(g["title"])}</h1>', html)
            assert f'<meta name="citation_title" content="{g["title"]}">' in html
        assert 'class="qikan-breadcrumb"' in html and 'id="qikan-cite-ris"' in html
        assert "\n\n" not in html.split("<body", 1)[1]  # the hook's compaction ran
        twin = (site / "zh-Hant" / "issues" / stem / "001.html").read_text("utf-8")
        assert 'lang="zh-Hant"' in twin
    assert any((site / "search").iterdir()) and (site / "zh-Hant" / "search").is_dir()
    assert (site / "stats.html").is_file() and (site / "units.html").is_file()
