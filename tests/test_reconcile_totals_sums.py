"""Totals add plain integers per bucket; these properties pin them to ``Count`` arithmetic.

``totals()``, ``cumulative()`` and ``casualty_totals()`` no longer add one
``Count`` to another per figure: they add bounds as integers and build one
``Count`` per bucket. Every property here compares that against the sum the
``+`` operator gives, figure by figure, so low, high, best and qualifier
must all come out the same.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, Exchange, PersonCategory, Precision, Qualifier
from exchangekit.counts import _ZERO_BOUNDS, _add_bounds
from exchangekit.reconcile import Contribution, Totals, cumulative, totals
from exchangekit.strategies import counts, exchanges, periods

EVERY_CATEGORY = list(PersonCategory)
UNITS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR]
ZERO = Count.exact(0)

# Plain draws plus the operands the qualifier rule treats specially: exact and
# inexact zeros, ceilings, orders of magnitude and the unknown.
SPECIAL = st.sampled_from(
    [
        ZERO,
        Count(0, 0, None, Qualifier.RANGE),
        Count.at_most(5),
        Count(3, 5, None, Qualifier.AT_MOST),
        Count.order_of_magnitude(10_000, 99_999),
        Count.unknown(),
        Count.more_than(10),
        Count.exact(7),
    ]
)
FIGURES = st.lists(st.one_of(counts(max_value=10_000), SPECIAL), max_size=12)


def added(figures: list[Count], start: Count = ZERO) -> Count:
    """The reference: the figures added one after another with ``+``."""
    total = start
    for figure in figures:
        total = total + figure
    return total


@given(FIGURES, st.one_of(counts(max_value=10_000), SPECIAL))
def test_plain_bounds_add_up_as_counts_do(figures: list[Count], start: Count) -> None:
    as_bounds = (start.low, start.high, start.best, start.qualifier)
    assert Count(*_add_bounds(as_bounds, figures)) == added(figures, start)
    assert Count(*_add_bounds(_ZERO_BOUNDS, figures)) == added(figures)


def may_be_zero(count: Count) -> Count:
    return Count.unknown() if count.high is None else Count(0, count.high, None, Qualifier.RANGE)


def inside(result: Totals, contribution: Contribution) -> bool:
    span = result.span
    assert span is not None
    return span.start <= contribution.period.start and contribution.period.end <= span.end


# Within two years, so that a grid of days stays a few hundred buckets long.
DATASETS = st.lists(
    exchanges(periods=periods(min_date=date(2024, 1, 1), max_date=date(2025, 12, 31))),
    max_size=8,
)


@given(DATASETS, st.sampled_from(UNITS))
def test_each_bucket_is_the_sum_of_its_figures(data: list[Exchange], unit: Precision) -> None:
    result = totals(data, by=unit, category=EVERY_CATEGORY)
    for bucket, count in result.items():
        figures = [
            c.count if c.whole else may_be_zero(c.count)
            for c in result.contributions
            if bucket in c.buckets
        ]
        assert count == added(figures)
    expected = added(
        [
            c.count if inside(result, c) else may_be_zero(c.count)
            for c in result.contributions
            if isinstance(c, Contribution)
        ]
    )
    assert result.total == expected


@given(DATASETS, st.sampled_from(UNITS), st.none() | st.dates(date(2022, 1, 1), date(2026, 1, 1)))
def test_each_running_bucket_is_the_sum_up_to_it(
    data: list[Exchange], unit: Precision, end: date | None
) -> None:
    result = cumulative(data, by=unit, category=EVERY_CATEGORY, end=end)
    place = {bucket: i for i, bucket in enumerate(result)}
    for i, (bucket, count) in enumerate(result.items()):
        settled: list[Count] = []
        doubtful: list[Count] = []
        for c in result.contributions:
            first, last = place[c.buckets[0]], place[c.buckets[-1]]
            if inside(result, c) and last <= i:
                settled.append(c.count)
            elif first <= i:
                doubtful.append(c.count)
        expected = added(settled)
        if doubtful:
            highs = [c.high for c in doubtful]
            if None in highs:
                expected = expected + Count.unknown()
            else:
                expected = expected + Count(
                    0, sum(h for h in highs if h is not None), None, Qualifier.RANGE
                )
        assert count == expected, bucket
