"""Parse a fixed slice of the news corpus once, for counting instructions under callgrind.

Wall-clock throughput on a shared machine varies by a fifth from run to run; an
instruction count does not. To compare two checkouts of the news parser, run
this script from each (or name the checkout's root) under valgrind, once with
the slice and once with none, and subtract the second count (the imports)::

    valgrind --tool=callgrind python benchmarks/news_instructions.py . 150000
    valgrind --tool=callgrind python benchmarks/news_instructions.py . 0

The ratio of the two checkouts' differences is their speed ratio on this text.
The slice is the corpus's articles (every set's ``.txt`` files in name order)
joined by blank lines and cut at the given number of characters, so the same
argument gives the same text in any checkout holding the same articles.
"""

from __future__ import annotations

import io
import sys
from collections import deque
from datetime import date
from pathlib import Path


def main(argv: list[str]) -> int:
    """Parse the first ``argv[1]`` characters of the corpus with the checkout at ``argv[0]``."""
    if len(argv) != 2 or not argv[1].isdigit():
        print("usage: news_instructions.py CHECKOUT CHARACTERS", file=sys.stderr)
        return 2
    root = Path(argv[0]).resolve()
    sys.path[:0] = [str(root / "src"), str(root / "plugins" / "exchangekit-news" / "src")]
    from exchangekit_news import NewsParser

    corpus = root / "plugins" / "exchangekit-news" / "tests" / "corpus"
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*/*.txt")))
    items = NewsParser().parse(
        io.StringIO(text[: int(argv[1])]),
        source="corpus.txt",
        published=date(2025, 10, 23),
        publisher="Desk",
    )
    deque(items, maxlen=0)  # read every record, keeping none
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
