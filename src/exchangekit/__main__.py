"""``python -m exchangekit``: the same command line as the ``exchangekit`` script."""

from __future__ import annotations

import sys

from exchangekit.cli import main

if __name__ == "__main__":
    sys.exit(main())
