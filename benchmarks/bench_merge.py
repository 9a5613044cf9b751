"""How merge_duplicates scales: time 100,000 and 1,000,000 exchanges and compare the ratio.

Sort-and-sweep should cost about ten times as much for ten times the data
(a little more for the sort); comparing all pairs would cost a hundred
times as much. The ratio is printed beside a baseline measured in the same
process, a single pass that reads every exchange's sort key, so that what
the machine does with ten times more objects (caches, memory) is not
mistaken for the algorithm. Run with ``python benchmarks/bench_merge.py``.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from exchangekit import Count, Exchange, ExchangeKind, Party, Period, PersonCategory, Transfer
from exchangekit.reconcile import merge_duplicates

FIRST_DAY = date(2022, 3, 1)
DAYS = 3 * 365
COUNTS = (Count.exact(1000), Count.approx(1000), Count.exact(31), Count.between(25, 40))
KINDS = (ExchangeKind.REPATRIATION_OF_REMAINS, ExchangeKind.PRISONER_SWAP)


@cache
def party(i: int) -> Party:
    return Party(f"P{i}", f"Party {i}")


@cache
def day(offset: int) -> Period:
    return Period.day(FIRST_DAY + timedelta(days=offset))


@cache
def month_of(offset: int) -> Period:
    d = FIRST_DAY + timedelta(days=offset)
    return Period.month(d.year, d.month)


def generate(n: int, seed: int) -> list[Exchange]:
    """``n`` reports at a constant density: about 20 per pair of parties over three years.

    About one event in ten is reported twice on the same day (once by each
    side), and one in twenty again with only its month.
    """
    rng = random.Random(seed)
    pairs = max(1, n // 20)
    reports: list[Exchange] = []
    while len(reports) < n:
        a = rng.randrange(pairs)
        sender, receiver = party(2 * a), party(2 * a + 1)
        kind = rng.choice(KINDS)
        offset = rng.randrange(DAYS)
        count = rng.choice(COUNTS)
        legs = [Transfer(sender, receiver, PersonCategory.REMAINS, count)]
        reports.append(Exchange(kind=kind, period=day(offset), transfers=legs))
        roll = rng.random()
        if roll < 0.10:
            back = Transfer(receiver, sender, PersonCategory.REMAINS, rng.choice(COUNTS))
            reports.append(Exchange(kind=kind, period=day(offset), transfers=[back]))
        elif roll < 0.15:
            reports.append(Exchange(kind=kind, period=month_of(offset), transfers=legs))
    del reports[n:]
    rng.shuffle(reports)
    return reports


def timed(work: Callable[[], object]) -> float:
    """CPU seconds ``work`` takes, with the cyclic garbage collector paused as timeit does.

    CPU time of this process, not wall-clock time, so other work on a shared
    machine does not distort the ratio.
    """
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        work()
        return time.process_time() - start
    finally:
        gc.enable()


def baseline(exchanges: list[Exchange]) -> None:
    """One linear pass reading what the merge sorts on."""
    for e in exchanges:
        (e.kind.value, tuple(sorted(e.parties)), e.period.start, e.period.end)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=100_000, help="smaller size (100,000)")
    parser.add_argument("--large", type=int, default=1_000_000, help="larger size (1,000,000)")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    rows = []
    for n in (args.small, args.large):
        print(f"generating {n:,} exchanges ...", flush=True)
        data = generate(n, args.seed)
        base = timed(lambda data=data: baseline(data))
        result = None

        def run(data: list[Exchange] = data) -> None:
            nonlocal result
            result = merge_duplicates(data)

        merge = timed(run)
        assert result is not None
        merged = len(result.merges)
        rows.append((n, base, merge))
        print(
            f"  {n:>9,} exchanges: merge {merge:7.2f} s CPU, baseline {base:6.3f} s, "
            f"{merged:,} groups merged, {len(result.exchanges):,} exchanges left, "
            f"{len(result.findings):,} findings",
            flush=True,
        )
        del data, result

    (n1, base1, merge1), (n2, base2, merge2) = rows
    size = n2 / n1
    merge_ratio, base_ratio = merge2 / merge1, base2 / base1
    print()
    print(f"data grew {size:.0f}x")
    print(f"merge time grew {merge_ratio:.1f}x; baseline pass grew {base_ratio:.1f}x")
    print(
        f"merge growth relative to the baseline: {merge_ratio / base_ratio:.2f} "
        f"(1 = linear like the baseline; comparing all pairs would be about {size:.0f})"
    )


if __name__ == "__main__":
    main()
