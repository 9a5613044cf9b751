"""Hostile input for every text grammar: time at 10 kB, 100 kB and 1 MB, as ratios to a baseline.

Run ``python benchmarks/bench_hostile.py`` from the repository root (add
``--grammar dates`` for one grammar, ``--quick`` to stop at 100 kB). Each
grammar that reads free text is fed repetitive text built to make it slow:

* figures: :func:`exchangekit.figures.iter_figures` and :meth:`exchangekit.Count.parse`
  on the inputs of ``bench_figures.py``;
* dates: :meth:`exchangekit.Period.parse` on the inputs below, and the example
  plugin's handover log with the same text on its ``date:`` line;
* news: the news plugin's parser on the inputs of ``bench_news.py``.

Every input is timed at each size, and so is a baseline that only splits the
same text into words, in this process and with the same timer. A grammar
linear in the length takes about 10 times as long for 10 times the text, as
the baseline does; a quadratic step shows as about 100. The run ends with the
worst ratio and exits with status 1 if any ratio passes ``--limit``.
"""

from __future__ import annotations

import argparse
import io
import itertools
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from exchangekit import Count, CountParseError, Period, PeriodParseError
from exchangekit.figures import iter_figures

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import baseline, best_of
from bench_figures import INPUTS as FIGURE_INPUTS

REFERENCE = date(2025, 10, 23)
SIZES = (10_000, 100_000, 1_000_000)

# Each made Period.parse quadratic before issue 13 (a span was tried at every joiner,
# re-reading both whole sides), or exercises a rule that must stay cheap on long text.
DATE_INPUTS = {
    "one sentence repeated": "Russia returned 1,000 bodies to Ukraine on Thursday. ",
    "hyphens": "-",
    "en dashes": "–",
    "to": "to ",
    "between ... and": "between July and ",
    "from ... to": "from 1 to ",
    "dates joined": "23 October 2025 - ",
    "one-year winter": "winter 2025 to ",
    "leading words": "in ",
    "month names": "July August September ",
    "commas": ", ",
    "digits": "9",
}

Work = Callable[[str], object]


def sized(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


# -- the grammars -------------------------------------------------------------------------


def find_figures(text: str) -> int:
    """Every figure in the text, dropped as found."""
    return sum(1 for _ in iter_figures(text))


def read_count(text: str) -> object:
    """The text as one figure phrase (hostile text is refused)."""
    try:
        return Count.parse(text)
    except CountParseError as exc:
        return exc.reason


def read_period(text: str) -> object:
    """The text as one date or span (hostile text is refused)."""
    try:
        return Period.parse(text, reference=REFERENCE)
    except PeriodParseError as exc:
        return exc.reason


def read_handover(text: str) -> object:
    """A handover log whose one block has the text as its ``date:`` line."""
    from exchangekit_example.handover_log import HandoverLogParser

    log = f"date: {text}\nkind: other\ntransfer: RUS -> UKR, 5 remains\n"
    return list(HandoverLogParser().parse(io.StringIO(log), source="hostile.handover"))


def read_news(text: str, source: str) -> int:
    """News items found in the text, dropped as they come."""
    from exchangekit_news import NewsParser

    items = NewsParser().parse(
        io.StringIO(text),
        source=source,
        published=REFERENCE,
        unresolved="skip",
        sentence_errors="raise",  # a failing rule is a bug to see, not a sentence to time
    )
    return sum(1 for _ in items)


Plan = list[tuple[str, Callable[[int], str], list[tuple[str, Work]]]]


def repeated(unit: str) -> Callable[[int], str]:
    """Text of a given size: ``unit`` over and over."""
    return lambda size: sized(unit, size)


def plans() -> dict[str, Plan]:
    """For each grammar: each input's name, its text of a size, and the operations to time."""
    figures: Plan = [
        (name, make, [("iter_figures", find_figures), ("Count.parse", read_count)])
        for name, make in FIGURE_INPUTS.items()
    ]
    dates: Plan = [
        (name, repeated(unit), [("Period.parse", read_period), ("handover date:", read_handover)])
        for name, unit in DATE_INPUTS.items()
    ]
    news: Plan = []
    try:
        from bench_news import HOSTILE as NEWS_INPUTS
    except ImportError:  # the news plugin is not installed
        print("news: skipped, the news plugin is not installed", file=sys.stderr)
    else:
        for name, unit in NEWS_INPUTS.items():
            source = "hostile.html" if "HTML" in name else "hostile.txt"
            work: Work = partial(read_news, source=source)
            news.append((name, repeated(unit), [("NewsParser", work)]))
    return {"figures": figures, "dates": dates, "news": news}


def label(size: int) -> str:
    """``10 kB``, ``1 MB``."""
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} kB"


def measure(grammar: str, sizes: tuple[int, ...], repeat: int) -> list[tuple[float, str]]:
    """Print one table for ``grammar``; return each ratio over the baseline's, with its row."""
    steps = [f"x{label(b)}" for b in sizes[1:]]
    print(f"\n{grammar}: seconds at each size, and the ratio to the size before")
    header = "".join(f"{label(s):>9}" for s in sizes) + "".join(f"{s:>9}" for s in steps)
    print(f"  {'operation':<15}{'input':<26}{header}")
    excess = []
    for name, make, operations in plans()[grammar]:
        texts = [make(size) for size in sizes]
        rows = [("baseline", baseline), *operations]
        for operation, work in rows:
            times = [best_of(repeat, partial(work, text)) for text in texts]
            ratios = [b / a for a, b in itertools.pairwise(times)]
            if operation == "baseline":
                base_ratios = ratios
            else:
                excess += [
                    (r / b, f"{grammar} {operation} {name}")
                    for r, b in zip(ratios, base_ratios, strict=True)
                ]
            cells = "".join(f"{t:8.3f}s" for t in times) + "".join(f"{r:9.1f}" for r in ratios)
            print(f"  {operation:<15}{name:<26}{cells}", flush=True)
    return excess


def main() -> None:
    """Time the chosen grammars and report the worst growth against the baseline."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument(
        "--grammar", action="append", choices=["figures", "dates", "news"], help="repeatable"
    )
    options.add_argument("--quick", action="store_true", help="10 kB and 100 kB only")
    options.add_argument("--repeat", type=int, default=3, help="runs per measurement (best)")
    options.add_argument(
        "--limit",
        type=float,
        default=3.0,
        help="fail if a ratio exceeds the baseline's this many times over (default 3)",
    )
    args = options.parse_args()
    sizes = SIZES[:2] if args.quick else SIZES
    excess = []
    for grammar in args.grammar or ["figures", "dates", "news"]:
        excess += measure(grammar, sizes, args.repeat)
    if not excess:
        return
    worst, where = max(excess)
    print(f"\nworst growth against the baseline: {worst:.1f} times ({where})")
    print("linear text grammars stay near 1; a quadratic step shows as about 10")
    if worst > args.limit:
        sys.exit(1)


if __name__ == "__main__":
    main()
