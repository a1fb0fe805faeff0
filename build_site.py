#!/usr/bin/env python3
"""期刊文库's command line: `python build_site.py [build|split|check|add|newest] …`.

The commands live in `qikan/cli.py`; `python -m qikan` and the `qikan` console script run the
same ones.
"""
import sys

from qikan.cli import main

if __name__ == "__main__":
    sys.exit(main())
