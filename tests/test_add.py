"""P7: `build_site.py add FILE [--id ID]` — a new issue copied into the archive with a drafted
sidecar (detected date, kind, publication), the check report, what is left to fill in; a
duplicate id, an unsafe id or a file that is not an issue text is refused and nothing written."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import DOCS_SRC, run_cli


def archive(tmp_path: Path, *stems: str) -> Path:
    src = tmp_path / "docs_src"
    src.mkdir()
    for stem in stems:
        for ext in (".txt", ".yml"):
            shutil.copy(DOCS_SRC / f"{stem}{ext}", src / f"{stem}{ext}")
    return src


def new_issue(tmp_path: Path, seed: str, name: str) -> Path:
    """A copy of a seed's text under another name, as an editor would receive it (no sidecar)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    shutil.copy(DOCS_SRC / f"{seed}.txt", inbox / name)
    return inbox / name


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_add_copies_the_issue_and_drafts_a_sidecar_with_the_detected_date(tmp_path):
    src = archive(tmp_path, "2018-03-syjg")
    new = new_issue(tmp_path, "2015-10-nxdj", "nxdj.txt")
    r = run_cli("add", str(new), "--src", str(src))
    assert r.returncode == 0, r.stderr
    txt, side = src / "2015-10-nxdj.txt", src / "2015-10-nxdj.yml"  # the id leads with the date
    assert txt.read_bytes() == new.read_bytes()
    meta = yaml.safe_load(side.read_text(encoding="utf-8"))
    assert meta["id"] == "2015-10-nxdj" and meta["date"] == "2015-10"
    assert meta["kind"] == "magazine" and "2015·10" in meta["date_note"]
    assert meta["publication"] is None  # not printed in this issue: left for the editor
    # the check report of the new issue, then what is left to fill in
    assert "2015-10-nxdj（" in r.stdout and "（自动切分）" in r.stdout
    assert "nxdj" in r.stdout.split("还要在")[0]
    todo = r.stdout.split("还要在")[1]
    assert "publication" in todo and "date:" not in todo
    # the drafted sidecar is one the splitter takes as it is
    r = run_cli("split", str(txt), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["issue"]["date"] == "2015-10"
    assert json.loads(r.stdout)["articles"]


def test_web_page_gets_kind_dateline_and_publisher(tmp_path):
    src = archive(tmp_path)
    r = run_cli("add", str(new_issue(tmp_path, "2018-03-syjg", "sanya.txt")), "--src", str(src))
    assert r.returncode == 0, r.stderr
    meta = yaml.safe_load((src / "2018-03-sanya.yml").read_text(encoding="utf-8"))
    assert meta["kind"] == "web" and meta["date"] == "2018-03-12"
    assert meta["publication"] == "中共三亚市委直属机关工作委员会"


def test_no_date_in_the_text_is_left_to_the_editor_and_an_id_can_be_given(tmp_path):
    src = archive(tmp_path)
    new = new_issue(tmp_path, "2022-06-rmrb", "人民日报.txt")
    r = run_cli("add", str(new), "--src", str(src))  # a file name with no ASCII: no id
    assert r.returncode == 2 and "--id" in r.stderr and not list(src.iterdir())
    r = run_cli("add", str(new), "--id", "2022-06-rmrb", "--src", str(src))
    assert r.returncode == 0, r.stderr
    meta = yaml.safe_load((src / "2022-06-rmrb.yml").read_text(encoding="utf-8"))
    assert meta["kind"] == "newspaper" and meta["date"] is None
    assert "date:" in r.stdout.split("还要在")[1]


def test_a_duplicate_id_is_refused_and_nothing_is_overwritten(tmp_path):
    src = archive(tmp_path, "2015-10-nxdj", "2020-12-jzdx")
    before = files(src)
    # the same file name as an issue of the archive
    r = run_cli("add", str(new_issue(tmp_path, "2020-09-jlzz", "2015-10-nxdj.txt")),
                "--src", str(src))
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert r.stderr.startswith("error: ") and "已经有了" in r.stderr and "--id" in r.stderr
    # an id that another issue's sidecar gives (its file has another name)
    (src / "2020-12-jzdx.yml").write_text(
        (src / "2020-12-jzdx.yml").read_text(encoding="utf-8").replace(
            "id: 2020-12-jzdx", "id: jzdx-renamed"), encoding="utf-8")
    before = files(src)
    r = run_cli("add", str(new_issue(tmp_path, "2020-09-jlzz", "x.txt")), "--id",
                "jzdx-renamed", "--src", str(src))
    assert r.returncode == 2 and "jzdx-renamed" in r.stderr
    assert files(src) == before


def test_unsafe_id_and_not_text_are_refused_with_nothing_written(tmp_path):
    src = archive(tmp_path)
    new = new_issue(tmp_path, "2018-03-syjg", "web.txt")
    for bad in ("../escape", "UPPER", "a/b", ""):
        r = run_cli("add", str(new), "--id", bad, "--src", str(src))
        assert r.returncode == 2 and r.stderr.startswith("error: ") and "id" in r.stderr, bad
    binary = tmp_path / "inbox" / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    r = run_cli("add", str(binary), "--src", str(src))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "scan.txt" in r.stderr
    r = run_cli("add", str(tmp_path / "inbox" / "missing.txt"), "--src", str(src))
    assert r.returncode == 2 and "没有这个文件" in r.stderr
    assert not list(src.iterdir()) and not (tmp_path / "escape.txt").exists()


def test_the_same_text_under_another_name_is_refused(tmp_path):
    """P16: an issue already in the archive, re-encoded and with other line breaks, under
    another file name and id, is refused naming the issue that holds it; nothing written."""
    src = archive(tmp_path, "2015-10-nxdj", "2020-12-jzdx")
    before = files(src)
    text = (DOCS_SRC / "2020-12-jzdx.txt").read_text("utf-8")
    copy = tmp_path / "新的一期.txt"
    copy.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    r = run_cli("add", str(copy), "--id", "2020-12-other", "--src", str(src))
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "2020-12-jzdx.txt" in r.stderr and "不要再添加" in r.stderr
    assert files(src) == before


# -- the publication from a masthead line (P16) ----------------------------------------------

# a small issue written for these tests: its masthead line, then one article
BODY = ("\n筑牢基层战斗堡垒\n本报记者 李明\n\n"
        "社区党组织把服务送到群众家门口，党员志愿者每周走访独居老人，"
        "帮助解决看病、出行等实际困难，群众的满意度逐年提高。\n")


def masthead_of(head: str, known=(), before: int = 0) -> str | None:
    from qikan.intake import draft_sidecar

    text = "\n" * before + head + "\n" + BODY
    found = draft_sidecar(text.encode("utf-8"), "new.txt", "2023-07-x", known).found
    return found["publication"].value if "publication" in found else None


@pytest.mark.parametrize("head, name", [
    ("人民日报　2023年7月1日　星期六", "人民日报"),
    ("江城晚报 第3版", "江城晚报"),
    ("《山乡杂志》2023年第5期", "山乡杂志"),
    ("  山城日报 | 2023-07-01 | 总第1024期 | 农历癸卯年五月十四", "山城日报"),
    ("《宁夏党建》", "宁夏党建"),
    ("山城组织工作 2023-07-12 19:11", "山城组织工作"),  # a public account's post
])
def test_a_line_shaped_like_a_masthead_names_the_publication(head, name):
    assert masthead_of(head) == name


@pytest.mark.parametrize("head", [
    "人民日报评论员文章",            # a byline, not a masthead
    "据山城日报2023年7月1日报道",     # a sentence that cites a paper
    "江城日报记者走进社区 2023年7月1日",  # the name leads a sentence
    "荆州市委党校　2021年第2期",       # not shaped like a name, and not one the archive holds
])
def test_a_line_that_only_mentions_a_paper_names_nothing(head):
    assert masthead_of(head) is None


def test_a_bare_name_is_a_masthead_only_among_the_first_lines():
    """Further down, a line that is only a name-shaped phrase is as likely a title."""
    assert masthead_of("江城日报") == "江城日报"
    filler = "".join(f"第{n}段正文，讲述社区服务的做法。\n" for n in range(8))
    assert masthead_of(filler + "深化机关党建") is None
    assert masthead_of(filler + "《江城日报》") == "江城日报"  # its quotes mark it a name
    assert masthead_of(filler + "江城日报　2023年7月1日") == "江城日报"


def test_a_publication_the_archive_holds_is_taken_from_its_masthead_line():
    known = {"荆州市委党校", "宁夏党建"}
    assert masthead_of("荆州市委党校　2021年第2期", known) == "荆州市委党校"
    assert masthead_of("《荆州市委党校》", known) == "荆州市委党校"
    assert masthead_of("荆州市委党校举办主体班", known) is None  # the name in a sentence
    assert masthead_of("荆州市委党校　2021年第2期", known, before=45) is None  # far from the top


def test_add_reads_the_publication_of_the_archive_from_the_masthead(tmp_path):
    src = archive(tmp_path, "2020-12-jzdx")  # its sidecar: publication 荆州市委党校
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    new = inbox / "2021-02-jzdx.txt"
    new.write_text("荆州市委党校　2021年第2期\n" + BODY.replace("本报记者", "本刊记者"),
                   encoding="gb18030")
    r = run_cli("add", str(new), "--src", str(src))
    assert r.returncode == 0, r.stderr
    meta = yaml.safe_load((src / "2021-02-jzdx.yml").read_text(encoding="utf-8"))
    assert meta["publication"] == "荆州市委党校" and meta["date"] == "2021-02"
    assert "- publication:" not in r.stdout  # nothing left to fill in about it
