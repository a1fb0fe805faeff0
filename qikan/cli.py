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
import gettext
import json
import os
import re
import signal
import sys
from pathlib import Path

from .errors import TERMINATED, InputError, os_error_message
from .messages import ARGPARSE_ZH, LANGS, help_text, language, say, use_language

ROOT = Path(__file__).resolve().parent.parent


def cmd_build(a: argparse.Namespace, progress=None) -> int:
    """`progress`: the caller's (bench/archive.py times the stages); else the stages shown as
    a bar on a terminal, as plain lines elsewhere (progress.py)."""
    from .build import build_site
    from .progress import build_progress

    from .build import build_part

    part, parts = getattr(a, "part", None), getattr(a, "parts", None)
    if part and not parts:
        raise InputError("--part", None, "part-needs-parts", part=part)
    close = None
    if progress is None:
        progress, close = build_progress()
    try:
        if part:
            rep = build_part(Path(a.src), part, Path(parts), Path(a.config), Path(a.work),
                             progress)
        else:
            rep = build_site(Path(a.src), Path(a.out), Path(a.config), Path(a.work),
                             Path(a.dist), progress, Path(parts) if parts else None)
    finally:
        if close:
            close()
    if part:
        print(say("build.part-done", part=part, out=rep.out, pages=rep.made))
        return 0
    print(say("build.done", out=rep.out, issues=rep.issues, articles=rep.articles,
              pages=rep.pages))
    print(say("build.split", split=rep.split, cached=rep.issues - rep.split, feeds=rep.feeds))
    print(say("build.hant", seconds=rep.hant_seconds, zip=rep.zip))
    return 0


def cmd_split(a: argparse.Namespace) -> int:
    from dataclasses import replace

    from .archive import load_issue, read_meta
    from .sidecar import parse_sidecar, read_sidecar
    from .split.pipeline import draft_sidecar_articles

    txt = Path(a.file)
    if not txt.is_file():
        raise InputError(str(txt), None, "no-file")
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
        raise InputError(str(src), None, "check-no-issues")
    total = sum(_print_suspects(txt) for txt in files)
    print(say("check.total", issues=len(files), suspects=total))
    return 0


def _print_suspects(txt: Path) -> int:
    from .archive import read_meta
    from .check import issue_suspects

    res, suspects = issue_suspects(txt.read_bytes(), str(txt), read_meta(txt))
    how = say("check.by-sidecar" if res.issue.articles else "check.automatic")
    print(say("check.issue", id=res.issue.id, file=txt, articles=len(res.articles), how=how,
              suspects=len(suspects)))
    for s in suspects:
        print(f"  {txt.name}:{s.line}: {s.code}: {s.message}")
    return len(suspects)


def cmd_add(a: argparse.Namespace) -> int:
    """Copy a new issue into the archive with a drafted sidecar; never overwrite anything."""
    from .archive import publications
    from .intake import draft_sidecar

    new, src = Path(a.file), Path(a.src)
    if not new.is_file():
        raise InputError(str(new), None, "no-file")
    data = new.read_bytes()
    same = _same_text(data, str(new), src)
    if same:
        raise InputError(str(new), None, "add-same-text", same=same,
                         side=src / Path(same).with_suffix(".yml").name, stem=Path(same).stem)
    draft = draft_sidecar(data, str(new), a.id, publications(src))
    txt, side = src / f"{draft.id}.txt", src / f"{draft.id}.yml"
    taken = _issue_ids(src).get(draft.id)
    if taken or txt.exists() or side.exists():
        raise InputError(str(new), None, "add-id-taken", id=draft.id, src=src,
                         holder=taken or (txt if txt.exists() else side).name)
    src.mkdir(parents=True, exist_ok=True)
    with open(txt, "xb") as f:  # "x": fails rather than overwrite a file made meanwhile
        f.write(data)
    try:
        with open(side, "x", encoding="utf-8") as f:
            f.write(draft.sidecar)
    except BaseException:
        txt.unlink()
        raise
    print(say("add.added", txt=txt, side=side))
    for key, found in draft.found.items():
        print(say("add.detected", key=key, value=found.value, note=found.note))
    print()
    _print_suspects(txt)
    print("\n" + say("add.to-fill", side=side))
    for item in draft.missing:
        print(f"  - {item}")
    print(say("add.then", id=draft.id, txt=txt, side=side))
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


def cmd_parts(a: argparse.Namespace) -> int:
    """The archive's parts as a JSON list, for CI's matrix (one `build --part` job each)."""
    from .build import archive_parts

    print(json.dumps(archive_parts(Path(a.src), Path(a.work))))
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    """A live preview of the archive (qikan/serve.py) until Ctrl-C."""
    from .serve import serve

    return serve(Path(a.src), Path(a.config), Path(a.work), a.port, a.open)


def cmd_zensical(a: argparse.Namespace) -> int:
    """The site built with Zensical (qikan/zensical.py), into the work folder's zsite/."""
    from .zensical import build_zensical

    rep = build_zensical(Path(a.src), Path(a.config), Path(a.work))
    print(say("zensical.done", pages=rep.pages, site=rep.site, seconds=rep.seconds))
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
    raise InputError(issue, None, "no-issue", src=src)


def _default_id(txt: Path) -> str:
    """An id for an issue with no sidecar: the file stem made URL-safe."""
    from .intake import file_id

    return file_id(txt.name)[:60].strip("-") or "issue"


def _lang_arg(argv: list[str]) -> str | None:
    """The value of `--lang` among the arguments, read before argparse builds the help."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _speak(lang: str | None) -> None:
    """This run's language for messages and for argparse's own words (usage, options, …)."""
    use_language(lang if lang in LANGS else None)
    zh = language() == "zh"
    argparse._ = ARGPARSE_ZH.gettext if zh else gettext.gettext
    argparse.ngettext = ARGPARSE_ZH.ngettext if zh else gettext.ngettext


def parser() -> argparse.ArgumentParser:
    """The command line, its help in this run's language."""
    h = help_text
    ap = argparse.ArgumentParser(prog="qikan", description=h("prog"))
    ap.add_argument("--lang", choices=LANGS, help=h("lang"))
    sub = ap.add_subparsers(dest="cmd", title=h("commands"))
    b = sub.add_parser("build", help=h("build"), description=h("build"))
    for p in (ap, b):
        p.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
        p.add_argument("--out", default=str(ROOT / "site"), help=h("out"))
        p.add_argument("--config", default=str(ROOT / "mkdocs.yml"), help=h("config"))
        p.add_argument("--work", default=str(ROOT / "build"), help=h("work"))
        p.add_argument("--dist", default=str(ROOT / "dist"), help=h("dist"))
    b.add_argument("--part", help=h("build.part"))
    b.add_argument("--parts", help=h("build.parts"))
    s = sub.add_parser("split", help=h("split"), description=h("split"))
    s.add_argument("file", metavar="FILE", help=h("split.file"))
    s.add_argument("--meta", help=h("meta"))
    s.add_argument("--json", action="store_true", help=h("json"))
    s.add_argument("--yaml", action="store_true", help=h("yaml"))
    s.add_argument("--auto", action="store_true", help=h("auto"))
    c = sub.add_parser("check", help=h("check"), description=h("check"))
    c.add_argument("issues", nargs="*", metavar="ISSUE", help=h("check.issues"))
    c.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
    d = sub.add_parser("add", help=h("add"), description=h("add"))
    d.add_argument("file", metavar="FILE", help=h("add.file"))
    d.add_argument("--id", help=h("add.id"))
    d.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
    n = sub.add_parser("newest", help=h("newest"), description=h("newest"))
    n.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
    n.add_argument("--work", default=str(ROOT / "build"), help=h("newest.work"))
    t = sub.add_parser("parts", help=h("parts"), description=h("parts"))
    t.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
    t.add_argument("--work", default=str(ROOT / "build"), help=h("newest.work"))
    r = sub.add_parser("review", help=h("review"), description=h("review"))
    r.add_argument("issue", metavar="ISSUE", help=h("review.issue"))
    r.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
    r.add_argument("--port", type=int, default=0, help=h("review.port"))
    r.add_argument("--no-open", action="store_true", help=h("review.no-open"))
    v = sub.add_parser("serve", help=h("serve"), description=h("serve"))
    v.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
    v.add_argument("--config", default=str(ROOT / "mkdocs.yml"), help=h("config"))
    v.add_argument("--work", default=str(ROOT / "build" / "serve"), help=h("serve.work"))
    v.add_argument("--port", type=int, default=8000, help=h("serve.port"))
    v.add_argument("--open", action="store_true", help=h("serve.open"))
    z = sub.add_parser("zensical", help=h("zensical"), description=h("zensical"))
    z.add_argument("--src", default=str(ROOT / "docs_src"), help=h("src"))
    z.add_argument("--config", default=str(ROOT / "mkdocs.yml"), help=h("config"))
    z.add_argument("--work", default=str(ROOT / "build" / "zensical"), help=h("serve.work"))
    for p in (b, s, c, d, n, t, r, v, z):  # `qikan check --lang en` as well as `qikan --lang en check`
        p.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=h("lang"))
    return ap


def _terminate(*_) -> None:
    TERMINATED.set()
    sys.exit(143)


def main(argv: list[str] | None = None, progress=None) -> int:
    """Run one command; its exit status. `progress(stage, done)`: see `build.build_site`."""
    argv = sys.argv[1:] if argv is None else list(argv)
    _speak(_lang_arg(argv))
    ap = parser()
    a = ap.parse_args(argv)
    commands = {"check": cmd_check, "split": cmd_split, "add": cmd_add, "newest": cmd_newest,
                "parts": cmd_parts, "review": cmd_review, "serve": cmd_serve, "zensical": cmd_zensical}
    # a `kill` (CI's cancel) unwinds like Ctrl-C, so the build removes its temporary folder
    signal.signal(signal.SIGTERM, _terminate)
    try:
        rc = commands[a.cmd](a) if a.cmd in commands else cmd_build(a, progress)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return rc
    except KeyboardInterrupt:
        print(say("interrupted"), file=sys.stderr)
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
            say("writing", out=a.out, work=a.work, dist=a.dist)
        print(f"error: {os_error_message(e, writing)}", file=sys.stderr)
        return 1


# one line, in the editor's language, for a Python that lacks the project's packages
MISSING = ("error: 缺少依赖包 {name}：这个 Python 没有装本项目的依赖。请先在项目文件夹运行 make site"
           "（它建立 .venv、安装依赖和 qikan 命令），再用 .venv/bin/qikan … 运行命令")


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
