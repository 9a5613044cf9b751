"""Checks that finding figures takes time linear in the text: 1 MB should cost ~10x 100 kB.

Run it as a script: ``python benchmarks/bench_figures.py``. For each kind of
input it times :func:`exchangekit.figures.iter_figures` (and
:meth:`exchangekit.Count.parse`, which must fail on such text) on 100 kB and
on 1 MB, and prints the ratio of the two times. Quadratic behaviour, such as
a regular expression backtracking over runs of digits and commas, would show
as a ratio near 100.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from exchangekit import Count, CountParseError
from exchangekit.figures import iter_figures

SMALL = 100_000
LARGE = 1_000_000

_PIECES = [
    "1,000",
    "135,000",
    "46,000",
    "1,00,0",
    "1 000",
    "31",
    "2025",
    "1.2",
    "million",
    "thousand",
    "more than",
    "over",
    "around",
    "nearly",
    "up to",
    "at least",
    "fewer than",
    "between",
    "and",
    "to",
    "tens of",
    "thousands",
    "a hundred and",
    "thirty-one",
    "-",
    "–",
    ",",
    "+",
]


def _mixed(size: int) -> str:
    """Digits, commas and hedge words in a seeded random order."""
    rng = random.Random(23102025)
    parts: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(_PIECES)
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts)[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


INPUTS: dict[str, Callable[[int], str]] = {
    "mixed figures and words": _mixed,
    "digits and commas": _repeat("1,"),
    "comma-grouped digits": _repeat("123,"),
    "space-grouped digits": _repeat("123 "),
    "hedges without figures": _repeat("more than between around tens of "),
    "number words": _repeat("one hundred and "),
}


def _find_all(text: str) -> int:
    return sum(1 for _ in iter_figures(text))


def _parse(text: str) -> int:
    try:
        Count.parse(text)
    except CountParseError:
        return 0
    return 1


def _seconds(work: Callable[[str], int], text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        work(text)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    """Print, for each input and operation, the times and the 1 MB / 100 kB ratio."""
    print(f"{'input':<26} {'operation':<13} {'100 kB':>9} {'1 MB':>9} {'ratio':>6}")
    worst = 0.0
    for name, make in INPUTS.items():
        small, large = make(SMALL), make(LARGE)
        for label, work in (("iter_figures", _find_all), ("Count.parse", _parse)):
            t_small, t_large = _seconds(work, small), _seconds(work, large)
            ratio = t_large / t_small
            worst = max(worst, ratio)
            print(f"{name:<26} {label:<13} {t_small:>8.3f}s {t_large:>8.3f}s {ratio:>6.1f}")
    print(f"worst ratio: {worst:.1f} (linear is about 10; quadratic would be about 100)")


if __name__ == "__main__":
    main()
