"""Timing helpers the text benchmarks share: the word-splitting baseline and best-of timing."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

WORDS = re.compile(r"\w+|\S")


def baseline(text: str) -> int:
    """What any reader of the text must at least do: split it into words and marks."""
    return sum(1 for _ in WORDS.finditer(text))


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """Seconds per call of ``work``: the best of ``repeat`` timings of at least 50 ms each."""
    loops = 1
    while True:
        start = time.perf_counter()
        for _ in range(loops):
            work()
        if time.perf_counter() - start >= 0.05:
            break
        loops *= 2
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(loops):
            work()
        times.append((time.perf_counter() - start) / loops)
    return min(times)
