"""Offline zip: the finished site folder → one reproducible zip that opens from file://.

Takes the built site (both editions, browse pages, search, assets) and gives
`dist/qikan-offline.zip`: every file a reader's browser uses, plus `说明.txt` at the root telling
how to open it. Left out are the files only crawlers and feed readers of the hosted site use
(sitemaps, feeds): they carry the build date, so leaving them out also keeps the zip
reproducible.

Same input, same bytes: entries are sorted by path, every entry has the same timestamp
(1980-01-01 00:00, the earliest a zip can hold), permissions and compression level, and no
extra fields. The zip is written to a temporary file beside its target; `publish_zip` renames
it into place, so `dist/` only ever holds a complete zip from a build that succeeded.

Why by hand: `shutil.make_archive` stamps each file's mtime and walks folders in directory
order, so its output differs from build to build; `zipfile` with fixed `ZipInfo`s is all it takes.
"""
from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

import opencc

ZIP_NAME = "qikan-offline.zip"
README_NAME = "说明.txt"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# Crawler and feed-reader files of the hosted site: useless on file://, and dated per build;
# source maps are read only by a developer's debugger.
HOSTED_ONLY = ("sitemap.xml", "sitemap.xml.gz", "feed_rss_created.xml", "feed_rss_updated.xml",
               "feed_json_created.json", "feed_json_updated.json", "rss.xsl")
HOSTED_ONLY_SUFFIXES = (".map",)
HOSTED_ONLY_DIRS = ("feeds/",)  # the sections' feeds and their OPML list (qikan/feeds.py)

README = """{name}（离线版）

打开方法
1. 先把整个压缩包解压到任意文件夹（不要只在压缩软件的窗口里打开），得到一个以 qikan- 开头的文件夹。
2. 在这个文件夹里双击 index.html，浏览器（Chrome、Edge、Firefox、Safari 等）就会打开首页。
3. 页面顶部的“文A”按钮在简体和繁体之间切换，放大镜按钮用来全文搜索。

阅读时不需要联网：文章、繁体版、搜索、样式和脚本都在这个文件夹里。
繁体版也可以直接打开 zh-Hant/index.html。
"""


def readme_text(site_name: str) -> str:
    """说明.txt: Simplified, then the same in Traditional; CRLF and a BOM so that every
    Windows Notepad shows it right."""
    simp = README.format(name=site_name)
    text = simp + "\n" + "-" * 40 + "\n\n" + opencc.OpenCC("s2tw").convert(simp)
    return "\ufeff" + text.replace("\n", "\r\n")


def zip_entries(site: Path) -> list[str]:
    """The site's files that go into the zip, as sorted POSIX paths."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                  if p.is_file() and p.name not in HOSTED_ONLY
                  and not p.name.endswith(HOSTED_ONLY_SUFFIXES)
                  and not p.relative_to(site).as_posix().startswith(HOSTED_ONLY_DIRS))


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3                       # Unix, so the mode below is honoured
    info.external_attr = 0o100644 << 16
    return info


def zip_folder(newest_issue: str) -> str:
    """The one folder everything in the zip is in ("qikan-2022-06-rmrb/"): unzipping it
    never spills files into the reader's current folder."""
    return f"qikan-{newest_issue}/"


def write_zip(site: Path, target: Path, site_name: str, folder: str) -> Path:
    """Write the zip of `site`, under `folder`, to a temporary file beside `target`; return
    that file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.tmp-", dir=target.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            z.writestr(_entry(folder + README_NAME), readme_text(site_name).encode("utf-8"))
            for rel in zip_entries(site):
                z.writestr(_entry(folder + rel), (site / rel).read_bytes())
    except BaseException:
        os.unlink(tmp)
        raise
    return Path(tmp)


def publish_zip(tmp: Path, target: Path) -> Path:
    os.chmod(tmp, 0o644)
    os.replace(tmp, target)
    return target
