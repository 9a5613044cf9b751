"""Totals and duplicate merging at scale: each timed beside a plain baseline in the same process.

Two measurements, each the median of three runs of CPU time with the cyclic
garbage collector paused:

* ``totals()`` and ``cumulative()`` by month for one receiver, divided by a
  loop that adds the same transfers' plain integer bounds into a dict keyed
  by month: what is left is the price of keeping the uncertainty;
* ``merge_duplicates`` on records that are all between one pair of parties
  (the dense case: many reports a day), at ``--merge`` records and ten times
  that, with the growth of time and of findings beside the growth of data.

The data are generated here, seeded, so every run measures the same
records. Run with ``python benchmarks/bench_reconcile.py [--quick]``.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from exchangekit import Count, Exchange, ExchangeKind, Party, Period, PersonCategory, Transfer
from exchangekit.reconcile import cumulative, merge_duplicates, totals

FIRST_DAY = date(2022, 3, 1)
DAYS = 3 * 365
COUNTS = (
    Count.exact(1000),
    Count.approx(1000),
    Count.exact(31),
    Count.between(25, 40),
    Count.at_least(50),
    Count.at_most(12),
    Count.more_than(100),
)
KINDS = (ExchangeKind.REPATRIATION_OF_REMAINS, ExchangeKind.PRISONER_SWAP)
UKR, RUS = Party("UKR", "Ukraine"), Party("RUS", "Russia")


def generate(n: int, seed: int, *, days: int = DAYS) -> list[Exchange]:
    """``n`` exchanges between Russia and Ukraine over ``days`` days, two transfers each.

    Nine in ten are dated to a day and one in ten only to its month; counts
    are drawn from a few qualifiers, so same-day reports sometimes disagree.
    """
    rng = random.Random(seed)
    out: list[Exchange] = []
    for _ in range(n):
        d = FIRST_DAY + timedelta(days=rng.randrange(days))
        period = Period.day(d) if rng.random() < 0.9 else Period.month(d.year, d.month)
        legs = [
            Transfer(RUS, UKR, PersonCategory.REMAINS, rng.choice(COUNTS)),
            Transfer(UKR, RUS, PersonCategory.REMAINS, rng.choice(COUNTS)),
        ]
        out.append(Exchange(kind=rng.choice(KINDS), period=period, transfers=legs))
    return out


def timed(work: Callable[[], object], runs: int = 3) -> float:
    """Median CPU seconds of ``runs`` runs of ``work``, the garbage collector paused."""
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            work()
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return statistics.median(times)


def plain_sums(exchanges: list[Exchange]) -> dict[tuple[int, int], list[int]]:
    """The baseline: low and high of every transfer to Ukraine added per month as integers."""
    sums: dict[tuple[int, int], list[int]] = {}
    for e in exchanges:
        key = (e.period.start.year, e.period.start.month)
        for t in e.transfers:
            if t.receiver.code == "UKR":
                row = sums.setdefault(key, [0, 0])
                row[0] += t.count.low
                row[1] += t.count.high or 0
    return sums


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--totals", type=int, default=300_000, help="exchanges summed (300,000)")
    parser.add_argument("--merge", type=int, default=3_000, help="smaller merge size (3,000)")
    parser.add_argument("--quick", action="store_true", help="a tenth of each size")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    scale = 10 if args.quick else 1

    data = generate(args.totals // scale, args.seed)
    base = timed(lambda data=data: plain_sums(data))
    for name, work in (("totals", totals), ("cumulative", cumulative)):
        spent = timed(lambda work=work, data=data: work(data, "month", receiver="UKR"))
        print(
            f"{name}() of {len(data):,} exchanges by month: {spent:.3f} s; "
            f"plain integer loop {base:.3f} s; ratio {spent / base:.1f}x"
        )
    del data

    rows = []
    for n in (args.merge // scale, 10 * args.merge // scale):
        records = generate(n, args.seed, days=DAYS // 3)
        found: list[int] = []

        def run(records: list[Exchange] = records, found: list[int] = found) -> None:
            found.append(len(merge_duplicates(records).findings))

        rows.append((n, timed(run), found[-1]))
        print(
            f"merge_duplicates of {n:,} records of one pair: {rows[-1][1]:.3f} s, "
            f"{found[-1]:,} findings"
        )
    (_, t1, f1), (_, t2, f2) = rows
    print(
        f"10x the records: {t2 / t1:.1f}x the time (goal <= 12x), "
        f"{f2 / max(f1, 1):.1f}x the findings ({f1:,} -> {f2:,}; goal: linear, about 10x)"
    )


if __name__ == "__main__":
    main()
