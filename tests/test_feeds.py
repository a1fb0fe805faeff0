"""P7: feeds and sitemap of the hosted site — RSS 2.0 and JSON Feed of the newest articles for
the whole site and for each section, dated from the articles' front matter; an OPML list of
them; a sitemap; none of them in the offline zip; hostile names still give well-formed XML."""
from __future__ import annotations

import email.utils
import json
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import feedparser
import yaml

from conftest import DOCS_SRC, ROOT, run_cli

from qikan.site.feeds import feed_plugins
from qikan.archive import load_archive

SITE_URL = "https://example.org/qikan/"  # the test builds' QIKAN_SITE_URL (conftest)
LENGTH = 20  # mkdocs.yml: plugins: rss: length
FEED_KINDS = ("article", "brief", "editor_note")  # fillers and fragments are not announced


def front_matter(md: Path) -> dict:
    return yaml.safe_load(md.read_text(encoding="utf-8").split("---\n")[1])


def articles(docs: Path) -> dict[str, dict]:
    """Every article page's front matter, by its URL on the hosted site."""
    return {SITE_URL + p.relative_to(docs).with_suffix(".html").as_posix(): front_matter(p)
            for p in sorted(docs.glob("issues/*/[0-9]*.md"))}


def rss_items(path: Path) -> list[dict]:
    """The items of an RSS 2.0 file, read with a strict XML parser."""
    root = ET.parse(path).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    return [{"link": i.findtext("link"), "title": i.findtext("title"),
             "date": email.utils.parsedate_to_datetime(i.findtext("pubDate")).date().isoformat(),
             "categories": [c.text for c in i.findall("category")]}
            for i in root.iter("item")]


def newest_dates(fms: list[dict]) -> list[str]:
    return sorted((fm["pub_date"] for fm in fms if fm.get("pub_date")
                   and fm["kind"] in FEED_KINDS), reverse=True)[:LENGTH]


def test_site_feed_lists_the_newest_articles_with_their_dates(built_site):
    arts = articles(built_site["docs"])
    items = rss_items(built_site["site"] / "feed_rss_created.xml")
    assert len(items) == LENGTH
    for it in items:
        fm = arts[it["link"]]
        assert it["date"] == fm["pub_date"] and it["title"] == fm["title"]
        assert fm["date"].startswith(fm["pub_date"][:7])  # "2015-10" → "2015-10-01"
    assert sorted((it["date"] for it in items), reverse=True) == newest_dates(list(arts.values()))
    parsed = feedparser.parse(str(built_site["site"] / "feed_rss_created.xml"))
    assert parsed.version == "rss20" and not parsed.bozo and len(parsed.entries) == LENGTH
    feed = json.loads((built_site["site"] / "feed_json_created.json").read_text(encoding="utf-8"))
    assert feed["version"].startswith("https://jsonfeed.org/version/1")
    assert [(i["url"], i["date_published"][:10]) for i in feed["items"]] == \
        [(it["link"], it["date"]) for it in items]


def test_one_feed_per_section_with_its_newest_articles(built_site):
    site, arts = built_site["site"], articles(built_site["docs"])
    by_section: dict[str, list[dict]] = {}
    for fm in arts.values():
        if fm.get("section") and fm.get("pub_date") and fm["kind"] in FEED_KINDS:
            by_section.setdefault(fm["section"], []).append(fm)
    opml = ET.parse(site / "feeds" / "index.opml").getroot()
    outlines = {o.get("title"): o.get("xmlUrl") for o in opml.iter("outline")}
    assert outlines.pop("期刊文库") == SITE_URL + "feed_rss_created.xml"
    assert sorted(outlines) == sorted(f"期刊文库 · {s}" for s in by_section)
    assert len(by_section) > 5  # the sample has many columns
    for section, fms in by_section.items():
        url = outlines[f"期刊文库 · {section}"]
        path = site / url.removeprefix(SITE_URL)
        root = ET.parse(path).getroot()
        assert root.find("channel/title").text == f"期刊文库 · {section}"
        items = rss_items(path)
        assert len(items) == min(LENGTH, len(fms)), section
        for it in items:
            assert arts[it["link"]]["section"] == section and it["categories"] == [section]
            assert it["date"] == arts[it["link"]]["pub_date"]
        assert sorted((it["date"] for it in items), reverse=True) == newest_dates(fms)
        assert not feedparser.parse(str(path)).bozo


def test_sitemap_and_build_dates_come_from_the_newest_issue(built_site):
    site, arts = built_site["site"], articles(built_site["docs"])
    newest = max(fm["pub_date"] for fm in arts.values() if fm.get("pub_date"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ET.parse(site / "sitemap.xml").getroot().findall("s:url", ns)
    locs = {u.findtext("s:loc", namespaces=ns) for u in urls}
    assert set(arts) <= locs and SITE_URL + "index.html" in locs
    assert {u.findtext("s:lastmod", namespaces=ns) for u in urls} == {newest}
    channel = ET.parse(site / "feed_rss_created.xml").getroot().find("channel")
    built = email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate"))
    assert built.date().isoformat() == newest  # not the day the build ran


def test_feeds_and_sitemap_stay_out_of_the_zip(built_site):
    zips = list(built_site["dist"].glob("*.zip"))
    with zipfile.ZipFile(zips[0]) as z:
        names = [n.split("/", 1)[1] for n in z.namelist()]  # under the zip's one folder
    hosted = [p.relative_to(built_site["site"]).as_posix() for p in built_site["site"].rglob("*")
              if p.is_file() and (p.suffix in (".xml", ".gz", ".xsl", ".opml")
                                  or p.name.startswith("feed_"))]
    assert len(hosted) > 25 and not set(hosted) & set(names)
    assert not any(n.startswith("feeds/") for n in names)


def test_hostile_authors_and_sections_give_well_formed_feeds(tmp_path):
    """mkdocs-rss-plugin writes authors, categories and feed titles unescaped; the build
    repairs that, so `&`, `<`, `>` in a byline or a column label cannot break a feed."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "2024-01-x.txt").write_text("标题\n正文第一段，讲的是基层党建工作。\n正文第二段，经验与做法。\n",
                                      encoding="utf-8")
    (src / "2024-01-x.yml").write_text(
        'id: 2024-01-x\ndate: "2024-01"\narticles:\n  - lines: [[2, 3]]\n'
        '    title: "标题<一>&二"\n    authors: ["张&三", "李<四>"]\n'
        '    section: "党建&改革<一>"\n', encoding="utf-8")
    for ext in (".txt", ".yml"):  # every text has its sidecar (build refuses one without)
        shutil.copy(DOCS_SRC / f"2018-03-syjg{ext}", src)
    r = run_cli("build", "--src", str(src), "--out", str(tmp_path / "site"), "--work",
                str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    assert r.returncode == 0, r.stderr
    feeds = [tmp_path / "site" / "feed_rss_created.xml",
             *sorted((tmp_path / "site" / "feeds").glob("*.xml"))]
    assert len(feeds) == 2  # the site's and the one section's (the web page has none)
    for path in feeds:
        root = ET.parse(path).getroot()  # raises on malformed XML
        item = next(i for i in root.iter("item") if i.findtext("title") == "标题<一>&二")
        assert [a.text for a in item.findall("author")] == ["张&三", "李<四>"]
        assert [c.text for c in item.findall("category")] == ["党建&改革<一>"]
        assert item.findtext("pubDate").startswith("Mon, 01 Jan 2024")
    assert ET.parse(feeds[1]).getroot().findtext("channel/title") == "期刊文库 · 党建&改革<一>"


def test_feed_instances_follow_the_rss_entry_of_mkdocs_yml(split_json):
    """No `rss` entry, no feeds; its settings go to every instance; the dict form of
    `plugins:` works as the list form; other plugins keep their place."""
    results = load_archive(DOCS_SRC)
    assert feed_plugins(results, ["tags"], "/c", "期刊文库", SITE_URL, "f.png") == (["tags"], [])
    listed, feeds = feed_plugins(results, ["tags", {"rss": {"length": 3}}], "/c", "期刊文库",
                                 SITE_URL, "f.png")
    as_dict, _ = feed_plugins(results, {"tags": None, "rss": {"length": 3}}, "/c", "期刊文库",
                              SITE_URL, "f.png")
    assert listed[0] == "tags" and as_dict[0] == {"tags": None}
    assert listed[1:] == as_dict[1:] and len(listed) == 1 + len(feeds)
    sections = {a["section"] for j in split_json.values() for a in j["articles"]
                if a["section"] and a["date"] and a["kind"] in FEED_KINDS}
    assert len(feeds) == 1 + len(sections)
    for inst in listed[1:]:
        cfg = inst["rss"]
        assert cfg["length"] == 3 and cfg["cache_dir"] == "/c"
        assert cfg["image"] == SITE_URL + "f.png"
        assert 1 <= cfg["match_path"].count("|") + 1 <= 3  # at most `length` pages each
