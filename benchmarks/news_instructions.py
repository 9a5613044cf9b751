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

With ``bench`` instead of a number, the text is the one ``bench_news.py``
repeats (its five parts, joined as it joins them), parsed twice in one process
as the benchmark's repeats are, with the benchmark's arguments; subtract the
run with ``0`` as before::

    valgrind --tool=callgrind python benchmarks/news_instructions.py . bench
"""

from __future__ import annotations

import io
import sys
from collections import deque
from datetime import date
from pathlib import Path


def main(argv: list[str]) -> int:
    """Parse the first ``argv[1]`` characters of the corpus with the checkout at ``argv[0]``."""
    if len(argv) != 2 or not (argv[1].isdigit() or argv[1] == "bench"):
        print("usage: news_instructions.py CHECKOUT CHARACTERS|bench", file=sys.stderr)
        return 2
    root = Path(argv[0]).resolve()
    sys.path[:0] = [str(root / "src"), str(root / "plugins" / "exchangekit-news" / "src")]
    from exchangekit_news import NewsParser

    corpus = root / "plugins" / "exchangekit-news" / "tests" / "corpus"
    if argv[1] == "bench":
        parts = ("dev", "holdout", "frozen", "holdout-2", "frozen-2")  # as bench_news.py
        articles = sorted(p for part in parts for p in (corpus / part).glob("*.txt"))
        body = "\n\n".join(p.read_text(encoding="utf-8") for p in articles)
        for _ in range(2):
            records = NewsParser().parse(
                io.StringIO(body),
                source="corpus.txt",
                published=date(2025, 10, 23),
                unresolved="skip",
            )
            deque(records, maxlen=0)
        return 0
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
