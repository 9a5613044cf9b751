"""Throughput of the news parser, and proof that hostile input costs time linear in its length.

Run ``python benchmarks/bench_news.py`` from the repository root after
``pip install -e plugins/exchangekit-news`` (``--quick`` measures 10 kB
against 100 kB instead of 100 kB against 1 MB). In this process it measures:

* throughput: the hand-written corpus repeated to a large body of text, in
  MB/s, next to a baseline that only splits the same text into words;
* the worst case: inputs built to make regular expressions backtrack or rules
  go quadratic (long runs of digits and separators, stacked hedges, unclosed
  quotes and tags, a megabyte without a full stop, one sentence repeated ...).
  Each is parsed at two sizes, and the ratio of the times is printed beside the
  same ratio for the baseline. Time linear in the length gives a ratio near the
  ratio of the sizes (10); a quadratic step would give about 100.

Each time is the best of a few runs, with the garbage collector on, as a user
would run it. Records are consumed as they come and dropped.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date
from pathlib import Path

from exchangekit_news import NewsParser

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import baseline, best_of

CORPUS = Path(__file__).resolve().parent.parent / "plugins" / "exchangekit-news" / "tests"
CORPUS = CORPUS / "corpus"

HOSTILE = {
    "digits": "1",
    "digits and commas": "1,000,",
    "separators": "-,.;:",
    "stacked hedges": "more than around about nearly over at least up to ",
    "unclosed quotes": '"“ Russia said ',
    "no full stop": "Russia returned the bodies of 1,000 soldiers to Ukraine on Thursday and ",
    "month lists": "July, August, and ",
    "according to": "according to the Russian side ",
    "one sentence repeated": "Russia and Ukraine swapped 84 prisoners each on Thursday. ",
    "casualty claims": "Ukraine had lost over 46,000 troops killed, Zelensky said, ",
    "speakers": "Kyiv said he said it ",
    "numbers": "1 2 3 4 5 6 7 8 9 ",
    "people figures": "5 soldiers 6 bodies 7 prisoners each ",
    "huge numbers of people": "9" * 2000 + " soldiers were returned to Ukraine. ",
    "unclosed tags (HTML)": "<a ",
    "references (HTML)": "&amp;&#8217;&bogus",
    # Date spans with nothing to join: Period.parse was quadratic on these (issue 13).
    "hyphens": "-",
    "joiners": "to ",
    "between ... and": "between July and ",
    "spans joined": "from 1 to 3 October 2025 to ",
    # A recap's dated lines look back for their heading: quadratic before the reach bound.
    "dated lines": "May 6: 205 for 205.\n",
}


def parse(text: str, source: str) -> int:
    """Parse ``text`` as news, dropping records as they come; the number of items."""
    items = NewsParser().parse(
        io.StringIO(text),
        source=source,
        published=date(2025, 10, 23),
        unresolved="skip",
        sentence_errors="raise",  # a failing rule is a bug to see, not a sentence to time
    )
    return sum(1 for _ in items)


def sized(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def throughput(size: int, repeat: int) -> None:
    # Only the parts named here: a sealed test set (frozen-3, ...) is never read by a benchmark.
    parts = ("dev", "holdout", "frozen", "holdout-2", "frozen-2")
    articles = sorted(p for part in parts for p in (CORPUS / part).glob("*.txt"))
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in articles)
    text = sized(body + "\n\n", size)
    megabytes = len(text.encode("utf-8")) / 1e6
    parser_time = best_of(repeat, lambda: parse(text, "corpus.txt"))
    baseline_time = best_of(repeat, lambda: baseline(text))
    print(f"throughput on {megabytes:.1f} MB of the corpus repeated:")
    print(f"  news parser  {megabytes / parser_time:8.2f} MB/s  ({parser_time:.2f} s)")
    print(f"  baseline     {megabytes / baseline_time:8.2f} MB/s  ({baseline_time:.3f} s)")


def worst_case(small: int, large: int, repeat: int) -> None:
    print(
        f"\nhostile inputs, {small // 1000} kB against {large // 1000} kB (linear: about "
        f"{large / small:.0f}):"
    )
    print(f"  {'input':<24}{'small':>9}{'large':>9}{'ratio':>8}{'baseline':>10}")
    for name, unit in HOSTILE.items():
        source = "hostile.html" if "HTML" in name else "hostile.txt"
        times, base = [], []
        for size in (small, large):
            text = sized(unit, size)
            runs = repeat if size == small else max(1, repeat - 1)
            times.append(best_of(runs, lambda text=text, source=source: parse(text, source)))
            base.append(best_of(runs, lambda text=text: baseline(text)))
        print(
            f"  {name:<24}{times[0]:8.3f}s{times[1]:8.2f}s{times[1] / times[0]:8.1f}"
            f"{base[1] / base[0]:10.1f}"
        )


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="10 kB against 100 kB")
    options.add_argument("--repeat", type=int, default=3, help="runs per measurement (best)")
    args = options.parse_args()
    small, large = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    parse(sized("Russia returned 5 bodies to Ukraine on Thursday. ", 2_000), "warm.txt")
    throughput(large * 2, args.repeat)
    worst_case(small, large, args.repeat)


if __name__ == "__main__":
    main()
