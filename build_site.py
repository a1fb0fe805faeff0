#!/usr/bin/env python3
"""qikan's command line: `build` (default), `split FILE --json`.

A thin layer: it parses arguments, calls the `qikan` package, and turns an `InputError` into
one clear line on stderr and exit status 2.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from qikan.ingest import InputError, os_error_message
from qikan.sidecar import parse_sidecar, read_sidecar
from qikan.site import ROOT, build_site, load_issue, read_meta


def cmd_build(a: argparse.Namespace) -> int:
    rep = build_site(Path(a.src), Path(a.out), Path(a.config), Path(a.work), Path(a.dist))
    print(f"built {rep.out}: {rep.issues} issues, {rep.articles} articles, {rep.pages} pages")
    print(f"zh-Hant edition in {rep.hant_seconds:.2f} s; offline zip {rep.zip}")
    return 0


def cmd_split(a: argparse.Namespace) -> int:
    txt = Path(a.file)
    if not txt.is_file():
        raise InputError(str(txt), None, "no such file", "give the path of an issue text file")
    if a.meta:
        side = Path(a.meta)
        meta = read_sidecar(side, _default_id(txt))
    else:
        meta = read_meta(txt) if txt.with_suffix(".yml").exists() else \
            parse_sidecar("", "", _default_id(txt))
    res = load_issue(txt, meta)
    json.dump(res.to_json(), sys.stdout, ensure_ascii=False, indent=1 if a.json else None)
    sys.stdout.write("\n")
    return 0


def _default_id(txt: Path) -> str:
    """An id for an issue with no sidecar: the file stem made URL-safe."""
    stem = "".join(c if c.isascii() and c.isalnum() else "-" for c in txt.stem.lower()).strip("-")
    return stem[:60] or "issue"


def main(argv: list[str] | None = None) -> int:
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
    a = ap.parse_args(argv)
    try:
        return cmd_split(a) if a.cmd == "split" else cmd_build(a)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # disk full, no permission: the machine's fault, not the input's
        print(f"error: {os_error_message(e)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
