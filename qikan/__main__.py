"""`python -m qikan …`: the command line of qikan/cli.py."""
import sys

from .cli import main

sys.exit(main())
