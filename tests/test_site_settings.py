"""P3: the site's name, colours, logo and address change where the manual says they do
(docs/manual/publishing.md: mkdocs.yml and theme_overrides/), and the built pages show the
change — in Chromium."""
from __future__ import annotations

import shutil

import pytest
import yaml

from conftest import DOCS_SRC, ROOT, run_cli

PNG = bytes.fromhex(  # a 1×1 red PNG
    "89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
    "53de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082")


@pytest.fixture(scope="module")
def custom_build(tmp_path_factory):
    base = tmp_path_factory.mktemp("settings")
    src = base / "src"
    src.mkdir()
    for stem in ("2018-03-syjg", "2022-06-rmrb"):
        for ext in (".txt", ".yml"):
            shutil.copy(DOCS_SRC / f"{stem}{ext}", src / f"{stem}{ext}")
    shutil.copytree(ROOT / "theme_overrides", base / "theme_overrides")
    (base / "theme_overrides" / "assets" / "images").mkdir(exist_ok=True)
    (base / "theme_overrides" / "assets" / "images" / "logo.png").write_bytes(PNG)
    css = base / "theme_overrides" / "assets" / "stylesheets" / "qikan.css"
    text = css.read_text("utf-8")
    assert "--md-primary-fg-color: #a61b1b;" in text  # the line the manual tells editors to change
    css.write_text(text.replace("--md-primary-fg-color: #a61b1b;", "--md-primary-fg-color: #1b5ea6;"),
                   "utf-8")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace("site_name: 期刊文库", "site_name: 测试党建文库")
    config = config.replace('site_url: !ENV [QIKAN_SITE_URL, ""]',
                            "site_url: https://archive.example.net/dj/")
    data = yaml.safe_load(config.replace("!ENV", ""))
    assert data["site_name"] == "测试党建文库" and data["site_url"].endswith("/dj/")
    assert "  logo: assets/images/logo.svg\n" in config
    config = config.replace("  logo: assets/images/logo.svg\n", "  logo: assets/images/logo.png\n")
    (base / "mkdocs.yml").write_text(config, "utf-8")
    r = run_cli("build", "--src", str(src), "--config", str(base / "mkdocs.yml"),
                "--out", str(base / "site"), "--work", str(base / "work"), "--dist", str(base / "dist"))
    assert r.returncode == 0, r.stderr
    return base / "site"


def test_name_logo_colour_and_address_show(custom_build, browser):
    pg = browser.new_page()
    pg.goto((custom_build / "index.html").as_uri())
    assert pg.title() == "测试党建文库"
    assert pg.inner_text("article h1") == "测试党建文库"
    assert pg.inner_text(".md-header__topic") == "测试党建文库"
    logo = pg.eval_on_selector(".md-header img", "i => [i.complete, i.naturalWidth, i.src]")
    assert logo[0] and logo[1] == 1 and logo[2].endswith("assets/images/logo.png")
    assert pg.eval_on_selector(".md-header", "e => getComputedStyle(e).backgroundColor") == "rgb(27, 94, 166)"
    pg.goto((custom_build / "issues/2018-03-syjg/001.html").as_uri())
    assert pg.title().endswith(" - 测试党建文库")
    url = "https://archive.example.net/dj/issues/2018-03-syjg/001.html"
    assert pg.get_attribute("meta[name=citation_fulltext_html_url]", "content") == url
    assert url in pg.inner_text("#qikan-cite-gbt7714")
    pg.close()
