"""qikan's command line: `build` (default), `split FILE --json|--yaml`, `check [ISSUE…]`,
`add FILE [--id ID]`, `newest` (run as `python build_site.py …`, `python -m qikan …` or `qikan …`).

A thin layer: it parses arguments, calls the `qikan` package, and turns an `InputError` into
one clear line on stderr and exit status 2, a file-system fault into one line and status 1,
Ctrl-C into one line and status 130, a closed output pipe (`split … | head -1`) into silence.
Each command imports what it needs when it runs: `split` and `check` never load MkDocs, OpenCC
or the site half, so they start fast (bench/startup.py measures it).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
from pathlib import Path

from .errors import InputError, os_error_message

ROOT = Path(__file__).resolve().parent.parent
INTERRUPTED = "interrupted — the previous site is kept"


def cmd_build(a: argparse.Namespace, progress=None) -> int:
    from .build import build_site

    rep = build_site(Path(a.src), Path(a.out), Path(a.config), Path(a.work), Path(a.dist),
                     progress)
    print(f"built {rep.out}: {rep.issues} issues, {rep.articles} articles, {rep.pages} pages")
    print(f"{rep.split} issues split, {rep.issues - rep.split} from the cache; {rep.feeds} feeds")
    print(f"zh-Hant edition in {rep.hant_seconds:.2f} s; offline zip {rep.zip}")
    return 0


def cmd_split(a: argparse.Namespace) -> int:
    from dataclasses import replace

    from .archive import load_issue, read_meta
    from .sidecar import parse_sidecar, read_sidecar
    from .split.pipeline import draft_sidecar_articles

    txt = Path(a.file)
    if not txt.is_file():
        raise InputError(str(txt), None, "no such file", "give the path of an issue text file")
    if a.meta:
        side = Path(a.meta)
        meta = read_sidecar(side, _default_id(txt))
    else:
        meta = read_meta(txt) if txt.with_suffix(".yml").exists() else \
            parse_sidecar("", "", _default_id(txt))
    if a.yaml:  # always drafted from the automatic split, whatever the sidecar says
        sys.stdout.write(draft_sidecar_articles(txt.read_bytes(), str(txt), meta))
        return 0
    if a.auto:
        meta = replace(meta, articles=None)
    res = load_issue(txt, meta)
    json.dump(res.to_json(), sys.stdout, ensure_ascii=False, indent=1 if a.json else None)
    sys.stdout.write("\n")
    return 0


def cmd_check(a: argparse.Namespace) -> int:
    """Suspects per issue; exit 0 even with suspects (they are warnings), 2 on bad input."""
    src = Path(a.src)
    files = [_issue_file(x, src) for x in a.issues] or sorted(src.glob("*.txt"))
    if not files:
        raise InputError(str(src), None, "no issue files (*.txt) in this folder",
                         "give issue files or ids, or --src the archive folder")
    total = sum(_print_suspects(txt) for txt in files)
    print(f"{len(files)} issues, {total} suspects")
    return 0


def _print_suspects(txt: Path) -> int:
    from .archive import read_meta
    from .check import issue_suspects

    res, suspects = issue_suspects(txt.read_bytes(), str(txt), read_meta(txt))
    how = "sidecar articles" if res.issue.articles else "automatic split"
    print(f"{res.issue.id} ({txt}): {len(res.articles)} articles ({how}), "
          f"{len(suspects)} suspects")
    for s in suspects:
        print(f"  {txt.name}:{s.line}: {s.code}: {s.message}")
    return len(suspects)


def cmd_add(a: argparse.Namespace) -> int:
    """Copy a new issue into the archive with a drafted sidecar; never overwrite anything."""
    from .archive import publications
    from .intake import draft_sidecar

    new, src = Path(a.file), Path(a.src)
    if not new.is_file():
        raise InputError(str(new), None, "no such file", "give the path of the new issue's text")
    data = new.read_bytes()
    same = _same_text(data, str(new), src)
    if same:
        raise InputError(str(new), None, f"the archive has this text already: {same} holds "
                         "the same issue (the same characters, whatever the encoding or line "
                         "breaks)", "do not add it again; to correct that issue, edit its "
                         "sidecar or review it")
    draft = draft_sidecar(data, str(new), a.id, publications(src))
    txt, side = src / f"{draft.id}.txt", src / f"{draft.id}.yml"
    taken = _issue_ids(src).get(draft.id)
    if taken or txt.exists() or side.exists():
        raise InputError(str(new), None, f"issue id {draft.id!r} already exists in {src} "
                         f"({taken or (txt if txt.exists() else side).name})",
                         "this is another issue than that one (its text differs), so give it "
                         "its own id with --id, e.g. --id " + draft.id + "-2")
    src.mkdir(parents=True, exist_ok=True)
    with open(txt, "xb") as f:  # "x": fails rather than overwrite a file made meanwhile
        f.write(data)
    try:
        with open(side, "x", encoding="utf-8") as f:
            f.write(draft.sidecar)
    except BaseException:
        txt.unlink()
        raise
    print(f"added {txt} and its drafted sidecar {side}")
    for key, found in draft.found.items():
        print(f"  detected {key}: {found.value} ({found.note})")
    print()
    _print_suspects(txt)
    print(f"\nstill to fill in, in {side}:")
    for item in draft.missing:
        print(f"  - {item}")
    print(f"then: python build_site.py check {draft.id}; correct the split if needed "
          f"(split {txt} --yaml); commit {txt} and {side}")
    return 0


def _same_text(data: bytes, path: str, src: Path) -> str | None:
    """The archive's issue file whose text is this one's (after decoding, white space left
    out), if any: the same issue under another name."""
    from .split.ingest import read_issue

    def key(raw: bytes, name: str) -> str:
        return re.sub(r"\s+", "", read_issue(raw, name)[0])

    mine = key(data, path)
    for txt in sorted(src.glob("*.txt")):
        try:
            if key(txt.read_bytes(), str(txt)) == mine:
                return txt.name
        except InputError:  # a broken issue elsewhere is check's business, not add's
            continue
    return None


def _issue_ids(src: Path) -> dict[str, str]:
    """Issue id → file name of every issue in the archive (an id a sidecar gives counts too)."""
    from .archive import read_meta

    ids = {}
    for txt in sorted(src.glob("*.txt")):
        ids[txt.stem] = txt.name
        try:
            ids[read_meta(txt).id] = txt.with_suffix(".yml").name
        except InputError:  # a broken sidecar elsewhere is `check`'s business, not add's
            pass
    return ids


def cmd_newest(a: argparse.Namespace) -> int:
    """The id of the newest issue (by date), e.g. to name a release after it."""
    from .archive import newest_issue

    print(newest_issue(Path(a.src), Path(a.work)))
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    """A live preview of the archive (qikan/serve.py) until Ctrl-C."""
    from .serve import serve

    return serve(Path(a.src), Path(a.config), Path(a.work), a.port, a.open)


def cmd_zensical(a: argparse.Namespace) -> int:
    """The site built with Zensical (qikan/zensical.py), into the work folder's zsite/."""
    from .zensical import build_zensical

    rep = build_zensical(Path(a.src), Path(a.config), Path(a.work))
    print(f"Zensical: {rep.pages} pages in {rep.site} (its build {rep.seconds:.1f} s), "
          "search index and zh-Hant edition added")
    return 0


def cmd_review(a: argparse.Namespace) -> int:
    """Serve the review page of one issue on 127.0.0.1 (qikan/review.py) until Ctrl-C."""
    from .review import serve  # the server's modules load only for this command

    return serve(_issue_file(a.issue, Path(a.src)), a.port, not a.no_open)


def _issue_file(issue: str, src: Path) -> Path:
    """An issue given as a path, or as an id in the archive folder."""
    for p in (Path(issue), src / f"{issue}.txt"):
        if p.is_file():
            return p
    raise InputError(issue, None, "no such issue file or issue id",
                     f"give the path of an issue text or the id of one in {src}")


def _default_id(txt: Path) -> str:
    """An id for an issue with no sidecar: the file stem made URL-safe."""
    from .intake import file_id

    return file_id(txt.name)[:60].strip("-") or "issue"


def main(argv: list[str] | None = None, progress=None) -> int:
    """Run one command; its exit status. `progress(stage, done)`: see `build.build_site`."""
    ap = argparse.ArgumentParser(prog="build_site.py", description="期刊文库: split issues, build the site")
    sub = ap.add_subparsers(dest="cmd")
    b = sub.add_parser("build", help="split every issue and build the site (default)")
    for p in (ap, b):
        p.add_argument("--src", default=str(ROOT / "docs_src"), help="folder of issues + sidecars")
        p.add_argument("--out", default=str(ROOT / "site"), help="output folder of the site")
        p.add_argument("--config", default=str(ROOT / "mkdocs.yml"))
        p.add_argument("--work", default=str(ROOT / "build"),
                       help="folder for the generated Markdown and MkDocs config")
        p.add_argument("--dist", default=str(ROOT / "dist"),
                       help="folder of the offline zip (qikan-offline.zip)")
    s = sub.add_parser("split", help="split one issue file and print the result")
    s.add_argument("file")
    s.add_argument("--meta", help="sidecar YAML (default: FILE with .yml, if present)")
    s.add_argument("--json", action="store_true", help="print the JSON object (pretty)")
    s.add_argument("--yaml", action="store_true",
                   help="print a draft sidecar `articles:` section to correct and paste")
    s.add_argument("--auto", action="store_true",
                   help="ignore the sidecar's `articles:` and use the automatic split")
    c = sub.add_parser("check", help="list what an editor should look at in each issue")
    c.add_argument("issues", nargs="*", metavar="ISSUE", help="issue id or file (default: all)")
    c.add_argument("--src", default=str(ROOT / "docs_src"), help="folder of issues + sidecars")
    d = sub.add_parser("add", help="copy a new issue into the archive and draft its sidecar")
    d.add_argument("file", help="the new issue's text file")
    d.add_argument("--id", help="its issue id (default: from the file name and the date found)")
    d.add_argument("--src", default=str(ROOT / "docs_src"), help="folder of issues + sidecars")
    n = sub.add_parser("newest", help="print the id of the newest issue (by date)")
    n.add_argument("--src", default=str(ROOT / "docs_src"), help="folder of issues + sidecars")
    n.add_argument("--work", default=str(ROOT / "build"), help="work folder (its split cache)")
    r = sub.add_parser("review", help="review and correct one issue's split in the browser")
    r.add_argument("issue", metavar="ISSUE", help="issue id or file")
    r.add_argument("--src", default=str(ROOT / "docs_src"), help="folder of issues + sidecars")
    r.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    r.add_argument("--no-open", action="store_true", help="print the address, open no browser")
    v = sub.add_parser("serve", help="a live preview of the site, rebuilt on every change")
    v.add_argument("--src", default=str(ROOT / "docs_src"), help="folder of issues + sidecars")
    v.add_argument("--config", default=str(ROOT / "mkdocs.yml"))
    v.add_argument("--work", default=str(ROOT / "build" / "serve"), help="its work folder")
    v.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1")
    v.add_argument("--open", action="store_true", help="open the preview in the browser")
    z = sub.add_parser("zensical", help="build the site with Zensical (into WORK/zsite)")
    z.add_argument("--src", default=str(ROOT / "docs_src"), help="folder of issues + sidecars")
    z.add_argument("--config", default=str(ROOT / "mkdocs.yml"))
    z.add_argument("--work", default=str(ROOT / "build" / "zensical"), help="its work folder")
    a = ap.parse_args(argv)
    commands = {"check": cmd_check, "split": cmd_split, "add": cmd_add, "newest": cmd_newest,
                "review": cmd_review, "serve": cmd_serve, "zensical": cmd_zensical}
    # a `kill` (CI's cancel) unwinds like Ctrl-C, so the build removes its temporary folder
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        rc = commands[a.cmd](a) if a.cmd in commands else cmd_build(a, progress)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return rc
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
    except ModuleNotFoundError as e:  # run by a Python without the project's packages
        print(MISSING.format(name=e.name), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _pipe_closed()
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # disk full, no permission: the machine's fault, not the input's
        writing = "" if a.cmd in ("split", "check", "review", "serve", "zensical") else \
            f"writing one of --out {a.out}, --work {a.work}, --dist {a.dist}"
        print(f"error: {os_error_message(e, writing)}", file=sys.stderr)
        return 1


# one line, in the editor's language, for a Python that lacks the project's packages
MISSING = ("error: 缺少依赖包 {name}：这个 Python 没有装本项目的依赖。请先在项目文件夹运行 make site"
           "（它建立 .venv 并安装依赖），再用 .venv/bin/python build_site.py … 运行命令")


def _pipe_closed() -> int:
    """The reader of stdout went away (`split … | head -1`): stop quietly. Python would print
    an error when it flushes stdout at exit, so stdout is pointed at /dev/null first."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError:
        pass
    return 128 + signal.SIGPIPE


def entry() -> None:
    """The `qikan` console script."""
    sys.exit(main())
