"""``python -m jixiao SUBCOMMAND …``: the jixiao tool over the Python binding (see jixiao.cli)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
