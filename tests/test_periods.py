"""Period: construction, validation, buckets and hulls, and the date grammar of Period.parse."""

from __future__ import annotations

import inspect
import itertools
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.parser import isoparse, isoparser
from hypothesis import assume, given
from hypothesis import strategies as st

from exchangekit import Period, PeriodParseError, Precision, RecordValidationError, _dates, periods

D = date
THURSDAY = D(2025, 10, 23)  # the publication date of the seed report
UNITS = [p for p in Precision if p is not Precision.RANGE]
LAST_FULL_WEEK_DAY = D(9999, 12, 26)  # the ISO week holding 27-31 December 9999 ends in 10000


def span(a: date, b: date) -> Period:
    return Period(a, b, Precision.RANGE)


@st.composite
def any_period(draw: st.DrawFn) -> Period:
    """Every kind of valid Period, anywhere in the years 1 to 9999."""
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.RANGE:
        a, b = sorted([draw(st.dates()), draw(st.dates())])
        return span(a, b)
    return Period.containing(draw(st.dates(max_value=LAST_FULL_WEEK_DAY)), precision)


@st.composite
def short_period(draw: st.DrawFn) -> Period:
    """A period of at most a few years, so that bucketing it by day stays cheap."""
    start = draw(st.dates(max_value=D(9990, 1, 1)))
    length = draw(st.integers(0, 800))
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.RANGE:
        return span(start, start + timedelta(days=length))
    return Period.containing(start, precision)


# -- constructors and validation --------------------------------------------------


def test_constructors_build_whole_units() -> None:
    assert Period.day(THURSDAY) == Period(THURSDAY, THURSDAY, Precision.DAY)
    assert Period.week(2025, 43) == Period(D(2025, 10, 20), D(2025, 10, 26), Precision.WEEK)
    assert Period.month(2024, 2) == Period(D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH)
    assert Period.quarter(2025, 3) == Period(D(2025, 7, 1), D(2025, 9, 30), Precision.QUARTER)
    assert Period.year(2025) == Period(D(2025, 1, 1), D(2025, 12, 31), Precision.YEAR)
    assert Period.between(THURSDAY, THURSDAY).precision is Precision.DAY
    assert Period.between(D(2025, 7, 1), THURSDAY).precision is Precision.RANGE


def test_iso_weeks_cross_year_boundaries() -> None:
    week_53 = Period.week(2020, 53)
    assert (week_53.start, week_53.end) == (D(2020, 12, 28), D(2021, 1, 3))
    assert Period.containing(D(2021, 1, 1), Precision.WEEK) == week_53
    assert week_53.format() == "2020-W53"
    first = Period.containing(D(2024, 12, 30), Precision.WEEK)
    assert first == Period.week(2025, 1)
    assert first.format() == "2025-W01"


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Period.week(2021, 53), "week"),
        (lambda: Period.week(2025, 0), "week"),
        (lambda: Period.week(9999, 52), "precision"),
        (lambda: Period.month(2025, 13), "month"),
        (lambda: Period.month(0, 1), "year"),
        (lambda: Period.quarter(10000, 1), "year"),
        (lambda: Period.quarter(2025, 5), "quarter"),
        (lambda: Period.year(0), "year"),
        (lambda: Period(D(2025, 10, 21), D(2025, 10, 27), Precision.WEEK), "precision"),
        (lambda: Period(D(2025, 10, 1), D(2025, 10, 30), Precision.MONTH), "precision"),
        (lambda: Period(D(2025, 10, 24), THURSDAY, Precision.RANGE), "end"),
        (lambda: Period(datetime(2025, 10, 23, 9), THURSDAY, Precision.DAY), "start"),
        (lambda: Period(THURSDAY, "2025-10-23", Precision.DAY), "end"),  # type: ignore[arg-type]
        (lambda: Period(THURSDAY, THURSDAY, "day"), "precision"),  # type: ignore[arg-type]
        (lambda: Period.containing(THURSDAY, Precision.RANGE), "precision"),
        (lambda: Period.containing(D(9999, 12, 31), Precision.WEEK), "precision"),
    ],
)
def test_impossible_periods_name_the_field(build: Callable[[], Period], field: str) -> None:
    with pytest.raises(RecordValidationError) as caught:
        build()
    assert caught.value.record == "Period"
    assert caught.value.field == field


@given(any_period())
def test_periods_of_a_unit_are_the_unit_containing_their_start(period: Period) -> None:
    if period.precision is not Precision.RANGE:
        assert Period.containing(period.start, period.precision) == period
        assert Period.containing(period.end, period.precision) == period


# -- hull -------------------------------------------------------------------------


def test_hull_examples() -> None:
    july, september = Period.month(2025, 7), Period.month(2025, 9)
    assert july.hull(september) == span(D(2025, 7, 1), D(2025, 9, 30))
    q3 = Period.quarter(2025, 3)
    assert q3.hull(july) == q3
    assert july.hull(q3) == q3
    one_day_range = span(THURSDAY, THURSDAY)
    assert one_day_range.hull(Period.day(THURSDAY)) == Period.day(THURSDAY)


@given(any_period(), any_period())
def test_hull_is_the_smallest_cover_and_commutes(a: Period, b: Period) -> None:
    hull = a.hull(b)
    assert hull.contains(a)
    assert hull.contains(b)
    assert hull.start == min(a.start, b.start)
    assert hull.end == max(a.end, b.end)
    assert hull == b.hull(a)
    assert hull in (a, b) or hull.precision is Precision.RANGE


@given(any_period(), any_period(), any_period())
def test_hull_is_associative_in_its_days(a: Period, b: Period, c: Period) -> None:
    left, right = a.hull(b).hull(c), a.hull(b.hull(c))
    assert (left.start, left.end) == (right.start, right.end)


# -- buckets ----------------------------------------------------------------------


def test_buckets_examples() -> None:
    q3 = Period.quarter(2025, 3)
    assert list(q3.buckets(Precision.MONTH)) == [Period.month(2025, m) for m in (7, 8, 9)]
    assert list(q3.buckets(Precision.YEAR)) == [Period.year(2025)]
    straddle = span(D(2024, 12, 30), D(2025, 1, 6))
    assert list(straddle.buckets(Precision.WEEK)) == [Period.week(2025, 1), Period.week(2025, 2)]
    assert list(straddle.buckets(Precision.YEAR)) == [Period.year(2024), Period.year(2025)]


def test_buckets_refuse_range_before_iteration() -> None:
    with pytest.raises(RecordValidationError):
        Period.year(2025).buckets(Precision.RANGE)


@given(short_period(), st.sampled_from(UNITS))
def test_buckets_cover_the_span_in_order_without_gaps(period: Period, unit: Precision) -> None:
    buckets = list(period.buckets(unit))
    assert buckets
    assert all(b.precision is unit for b in buckets)
    assert buckets[0].contains(period.start)
    assert buckets[-1].contains(period.end)
    for before, after in itertools.pairwise(buckets):
        assert after.start == before.end + timedelta(days=1)
    assert all(b.overlaps(period) for b in buckets)


NESTS = {
    Precision.DAY: set(Precision),
    Precision.WEEK: {Precision.WEEK},
    Precision.MONTH: {Precision.MONTH, Precision.QUARTER, Precision.YEAR},
    Precision.QUARTER: {Precision.QUARTER, Precision.YEAR},
    Precision.YEAR: {Precision.YEAR},
}


@given(st.dates(max_value=LAST_FULL_WEEK_DAY), st.sampled_from(UNITS), st.sampled_from(UNITS))
def test_buckets_partition_an_aligned_span_exactly(
    day: date, outer: Precision, unit: Precision
) -> None:
    assume(outer in NESTS[unit])
    period = Period.containing(day, outer)
    buckets = list(period.buckets(unit))
    assert buckets[0].start == period.start
    assert buckets[-1].end == period.end
    assert sum(b.days for b in buckets) == period.days


def test_buckets_reach_the_last_representable_day() -> None:
    last = Period.year(9999)
    assert list(last.buckets(Precision.YEAR)) == [last]
    assert list(last.buckets(Precision.QUARTER))[-1] == Period.quarter(9999, 4)
    with pytest.raises(RecordValidationError):
        list(last.buckets(Precision.WEEK))


# -- canonical text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-10-23", Period.day(THURSDAY)),
        ("2025-W43", Period.week(2025, 43)),
        ("2025-w43", Period.week(2025, 43)),
        ("2020-W53", Period.week(2020, 53)),
        ("2025-10", Period.month(2025, 10)),
        ("2025-Q4", Period.quarter(2025, 4)),
        ("2025", Period.year(2025)),
        ("0001", Period.year(1)),
        ("2025-07-01/2025-09-30", span(D(2025, 7, 1), D(2025, 9, 30))),
        ("2025-10-23/2025-10-23", span(THURSDAY, THURSDAY)),
        ("  2025-10  ", Period.month(2025, 10)),
    ],
)
def test_canonical_forms(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected
    assert Period.parse(text).precision is expected.precision


@given(any_period())
def test_format_round_trips_exactly(period: Period) -> None:
    assert Period.parse(period.format()) == period
    assert Period.parse(str(period), reference=THURSDAY) == period


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2021-W53", "weeks 1-52"),  # dateutil's isoparse would roll this into 2022
        ("2025-W00", "weeks 1-52"),
        ("2025-13", "1-12"),
        ("2025-Q0", "1-4"),
        ("2025-02-29", "not a calendar day"),
        ("0000", "1-9999"),
        ("2025-10-24/2025-10-23", "before start"),
        ("2025-10-23/2025-02-30", "not a calendar day"),
    ],
)
def test_impossible_canonical_forms(text: str, why: str) -> None:
    with pytest.raises(PeriodParseError, match=why):
        Period.parse(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01/2025-06", span(D(2025, 1, 1), D(2025, 6, 30))),
        ("2022/2025-06", span(D(2022, 1, 1), D(2025, 6, 30))),
        ("2022-02/2024-12-30", span(D(2022, 2, 1), D(2024, 12, 30))),
        ("2024/2025", span(D(2024, 1, 1), D(2025, 12, 31))),
        ("2025-W10/2025-Q2", span(D(2025, 3, 3), D(2025, 6, 30))),
    ],
)
def test_iso_intervals_with_coarser_ends(text: str, expected: Period) -> None:
    """An ISO 8601 interval may end in a month, a year, a week or a quarter on either side."""
    assert Period.parse(text) == expected
    assert Period.parse(text).precision is Precision.RANGE


@given(
    any_period().filter(lambda p: p.precision is not Precision.RANGE),
    any_period().filter(lambda p: p.precision is not Precision.RANGE),
)
def test_an_iso_interval_of_two_periods_runs_from_the_first_to_the_end_of_the_second(
    first: Period, second: Period
) -> None:
    """ "first/second" holds both ends' days; reversed ends are refused, never swapped."""
    text = f"{first.format()}/{second.format()}"
    if second.end < first.start:
        with pytest.raises(PeriodParseError, match="before start"):
            Period.parse(text)
    else:
        assert Period.parse(text) == span(first.start, second.end)


@pytest.mark.parametrize("text", ["2025/10", "2025-01/2025-06/2025-09", "2025-01/", "/2025"])
def test_slashes_that_are_no_iso_interval_are_not_read_as_one(text: str) -> None:
    with pytest.raises(PeriodParseError):
        Period.parse(text)


# -- dates as written, resolved against Thursday 23 October 2025 -------------------

AS_WRITTEN = [
    # full dates
    ("23 October 2025", Period.day(THURSDAY)),
    ("October 23, 2025", Period.day(THURSDAY)),
    ("October 23rd, 2025", Period.day(THURSDAY)),
    ("Thursday, 23 October 2025", Period.day(THURSDAY)),
    ("Thursday, October 23, 2025", Period.day(THURSDAY)),
    ("Thurs 23 Oct 2025", Period.day(THURSDAY)),
    ("23rd of October 2025", Period.day(THURSDAY)),
    ("the 23rd of October 2025", Period.day(THURSDAY)),
    ("on 23 October 2025", Period.day(THURSDAY)),
    ("on 2025-10-23", Period.day(THURSDAY)),
    ("23.10.2025", Period.day(THURSDAY)),
    ("23/10/2025", Period.day(THURSDAY)),
    ("10/23/2025", Period.day(THURSDAY)),
    ("23-10-2025", Period.day(THURSDAY)),
    ("2025/10/23", Period.day(THURSDAY)),
    ("2025.10.23", Period.day(THURSDAY)),
    ("05/05/2025", Period.day(D(2025, 5, 5))),
    ("29 February 2024", Period.day(D(2024, 2, 29))),
    # months, quarters, halves, seasons, years
    ("July 2025", Period.month(2025, 7)),
    ("in July 2025", Period.month(2025, 7)),
    ("July of 2025", Period.month(2025, 7)),
    ("Oct. 2025", Period.month(2025, 10)),
    ("Sept 2025", Period.month(2025, 9)),
    ("during September 2025", Period.month(2025, 9)),
    ("Q3 2025", Period.quarter(2025, 3)),
    ("2025 Q3", Period.quarter(2025, 3)),
    ("the third quarter of 2025", Period.quarter(2025, 3)),
    ("3rd quarter 2025", Period.quarter(2025, 3)),
    ("H1 2025", span(D(2025, 1, 1), D(2025, 6, 30))),
    ("the second half of 2025", span(D(2025, 7, 1), D(2025, 12, 31))),
    ("summer 2025", span(D(2025, 6, 1), D(2025, 8, 31))),
    ("in the autumn of 2025", span(D(2025, 9, 1), D(2025, 11, 30))),
    ("fall 2025", span(D(2025, 9, 1), D(2025, 11, 30))),
    ("spring 2024", span(D(2024, 3, 1), D(2024, 5, 31))),
    ("winter 2023-24", span(D(2023, 12, 1), D(2024, 2, 29))),
    ("winter 2024/2025", span(D(2024, 12, 1), D(2025, 2, 28))),
    ("2025", Period.year(2025)),
    ("in 2025", Period.year(2025)),
    # parts of months and years
    ("early October 2025", span(D(2025, 10, 1), D(2025, 10, 10))),
    ("mid-October 2025", span(D(2025, 10, 11), D(2025, 10, 20))),
    ("mid October 2025", span(D(2025, 10, 11), D(2025, 10, 20))),
    ("in mid‑October 2025", span(D(2025, 10, 11), D(2025, 10, 20))),  # non-breaking hyphen
    ("late October 2025", span(D(2025, 10, 21), D(2025, 10, 31))),
    ("at the end of October 2025", span(D(2025, 10, 21), D(2025, 10, 31))),
    ("the beginning of October 2025", span(D(2025, 10, 1), D(2025, 10, 10))),
    ("late February 2025", span(D(2025, 2, 21), D(2025, 2, 28))),
    ("late February 2024", span(D(2024, 2, 21), D(2024, 2, 29))),
    ("early 2025", span(D(2025, 1, 1), D(2025, 4, 30))),
    ("mid-2025", span(D(2025, 5, 1), D(2025, 8, 31))),
    ("late 2025", span(D(2025, 9, 1), D(2025, 12, 31))),
    # spans
    ("between July and September 2025", span(D(2025, 7, 1), D(2025, 9, 30))),
    ("July–September 2025", span(D(2025, 7, 1), D(2025, 9, 30))),
    ("July - September 2025", span(D(2025, 7, 1), D(2025, 9, 30))),
    ("from July to September 2025", span(D(2025, 7, 1), D(2025, 9, 30))),
    ("from 1 to 3 October 2025", span(D(2025, 10, 1), D(2025, 10, 3))),
    ("1–3 October 2025", span(D(2025, 10, 1), D(2025, 10, 3))),
    ("from the 1st to the 3rd of October 2025", span(D(2025, 10, 1), D(2025, 10, 3))),
    ("October 1-3, 2025", span(D(2025, 10, 1), D(2025, 10, 3))),
    ("between October 1 and 3, 2025", span(D(2025, 10, 1), D(2025, 10, 3))),
    ("23 September to 5 October 2025", span(D(2025, 9, 23), D(2025, 10, 5))),
    ("from 28 December 2024 to 3 January 2025", span(D(2024, 12, 28), D(2025, 1, 3))),
    ("from 28 December to 3 January 2025", span(D(2024, 12, 28), D(2025, 1, 3))),
    ("from 28 December 2024 to 3 January", span(D(2024, 12, 28), D(2025, 1, 3))),
    ("between December and February 2025", span(D(2024, 12, 1), D(2025, 2, 28))),
    ("from mid-July to late September 2025", span(D(2025, 7, 11), D(2025, 9, 30))),
    ("2022-2025", span(D(2022, 1, 1), D(2025, 12, 31))),
    ("between 2025-10-01 and 2025-10-05", span(D(2025, 10, 1), D(2025, 10, 5))),
    ("from 23 October 2025 to 23 October 2025", Period.day(THURSDAY)),
    # relative to the reference, Thursday 23 October 2025
    ("today", Period.day(THURSDAY)),
    ("earlier today", Period.day(THURSDAY)),
    ("yesterday", Period.day(D(2025, 10, 22))),
    ("Thursday", Period.day(THURSDAY)),
    ("on Thursday", Period.day(THURSDAY)),
    ("on Thursday.", Period.day(THURSDAY)),
    ("on Wednesday", Period.day(D(2025, 10, 22))),
    ("on Friday", Period.day(D(2025, 10, 17))),
    ("Tues", Period.day(D(2025, 10, 21))),
    ("last Thursday", Period.day(D(2025, 10, 16))),
    ("last Wednesday", Period.day(D(2025, 10, 22))),
    ("last Friday", Period.day(D(2025, 10, 17))),
    ("this week", Period.week(2025, 43)),
    ("last week", Period.week(2025, 42)),
    ("earlier this week", span(D(2025, 10, 20), THURSDAY)),
    ("this month", Period.month(2025, 10)),
    ("last month", Period.month(2025, 9)),
    ("earlier this month", span(D(2025, 10, 1), THURSDAY)),
    ("so far this month", span(D(2025, 10, 1), THURSDAY)),
    ("this quarter", Period.quarter(2025, 4)),
    ("last quarter", Period.quarter(2025, 3)),
    ("this year", Period.year(2025)),
    ("last year", Period.year(2024)),
    ("earlier this year", span(D(2025, 1, 1), THURSDAY)),
    ("so far this year", span(D(2025, 1, 1), THURSDAY)),
    ("in recent months", span(D(2025, 7, 1), THURSDAY)),
    ("in recent weeks", span(D(2025, 9, 29), THURSDAY)),
    ("in recent days", span(D(2025, 10, 20), THURSDAY)),
    ("two days ago", Period.day(D(2025, 10, 21))),
    ("2 days ago", Period.day(D(2025, 10, 21))),
    ("a week ago", Period.week(2025, 42)),
    ("three weeks ago", Period.week(2025, 40)),
    ("a month ago", Period.month(2025, 9)),
    ("six months ago", Period.month(2025, 4)),
    ("a year ago", Period.year(2024)),
    ("two quarters ago", Period.quarter(2025, 2)),
    ("February", Period.month(2025, 2)),
    ("in February", Period.month(2025, 2)),
    ("in October", Period.month(2025, 10)),
    ("in November", Period.month(2024, 11)),
    ("last February", Period.month(2025, 2)),
    ("last October", Period.month(2024, 10)),
    ("on 23 October", Period.day(THURSDAY)),
    ("on October 22", Period.day(D(2025, 10, 22))),
    ("on 24 October", Period.day(D(2024, 10, 24))),
    ("Thursday, 23 October", Period.day(THURSDAY)),
    ("mid-October", span(D(2025, 10, 11), D(2025, 10, 20))),
    ("in early July", span(D(2025, 7, 1), D(2025, 7, 10))),
    ("Q3", Period.quarter(2025, 3)),
    ("in the fourth quarter", Period.quarter(2025, 4)),
    ("the first half", span(D(2025, 1, 1), D(2025, 6, 30))),
    ("in the summer", span(D(2025, 6, 1), D(2025, 8, 31))),
    ("in winter", span(D(2024, 12, 1), D(2025, 2, 28))),
    ("July to September", span(D(2025, 7, 1), D(2025, 9, 30))),
    ("between July and September", span(D(2025, 7, 1), D(2025, 9, 30))),
    ("from Monday to Wednesday", span(D(2025, 10, 20), D(2025, 10, 22))),
    ("between last Thursday and today", span(D(2025, 10, 16), THURSDAY)),
    ("since February 2022", span(D(2022, 2, 1), THURSDAY)),
    ("since July", span(D(2025, 7, 1), THURSDAY)),
    ("since Monday", span(D(2025, 10, 20), THURSDAY)),
]


@pytest.mark.parametrize(("text", "expected"), AS_WRITTEN)
def test_dates_as_written(text: str, expected: Period) -> None:
    result = Period.parse(text, reference=THURSDAY)
    assert result == expected
    assert result.precision is expected.precision


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a Thursday reference is itself "Thursday"; a Wednesday one goes back six days
        ("on Thursday", D(2025, 10, 22), Period.day(D(2025, 10, 16))),
        ("on Thursday", D(2025, 10, 24), Period.day(THURSDAY)),
        ("last Thursday", D(2025, 10, 24), Period.day(THURSDAY)),
        ("on Wednesday", D(2025, 1, 1), Period.day(D(2025, 1, 1))),
        ("on Thursday", D(2025, 1, 1), Period.day(D(2024, 12, 26))),
        # year boundaries
        ("in February", D(2025, 1, 15), Period.month(2024, 2)),
        ("in January", D(2025, 1, 1), Period.month(2025, 1)),
        ("in December", D(2025, 1, 1), Period.month(2024, 12)),
        ("last month", D(2025, 1, 31), Period.month(2024, 12)),
        ("last quarter", D(2025, 2, 10), Period.quarter(2024, 4)),
        ("last year", D(2025, 1, 1), Period.year(2024)),
        ("yesterday", D(2025, 1, 1), Period.day(D(2024, 12, 31))),
        ("two days ago", D(2025, 1, 1), Period.day(D(2024, 12, 30))),
        ("last week", D(2025, 1, 2), Period.week(2024, 52)),
        ("this week", D(2025, 1, 2), Period.week(2025, 1)),
        ("this week", D(2021, 1, 1), Period.week(2020, 53)),
        ("last week", D(2021, 1, 4), Period.week(2020, 53)),
        ("a week ago", D(2026, 1, 1), Period.week(2025, 52)),
        ("on 30 December", D(2025, 1, 2), Period.day(D(2024, 12, 30))),
        ("earlier this year", D(2025, 1, 1), Period.day(D(2025, 1, 1))),
        ("earlier this month", D(2025, 10, 1), Period.day(D(2025, 10, 1))),
        ("in recent months", D(2025, 2, 14), span(D(2024, 11, 1), D(2025, 2, 14))),
        ("last February", D(2025, 2, 20), Period.month(2024, 2)),
        ("last February", D(2025, 3, 1), Period.month(2025, 2)),
        ("Q4", D(2025, 2, 1), Period.quarter(2024, 4)),
        ("in winter", D(2024, 1, 10), span(D(2023, 12, 1), D(2024, 2, 29))),
        ("in the summer", D(2025, 5, 31), span(D(2024, 6, 1), D(2024, 8, 31))),
        ("November to February", D(2026, 3, 10), span(D(2025, 11, 1), D(2026, 2, 28))),
        # leap years
        ("on 29 February", D(2025, 3, 1), Period.day(D(2024, 2, 29))),
        ("on 29 February", D(2024, 2, 29), Period.day(D(2024, 2, 29))),
        ("on 29 February", D(2024, 2, 28), Period.day(D(2020, 2, 29))),
        ("on 29 February", D(2100, 3, 1), Period.day(D(2096, 2, 29))),  # 2100 is no leap year
        ("late February", D(2024, 3, 5), span(D(2024, 2, 21), D(2024, 2, 29))),
        ("a year ago", D(2024, 2, 29), Period.year(2023)),
        ("a month ago", D(2024, 3, 31), Period.month(2024, 2)),
    ],
)
def test_resolution_against_other_references(text: str, reference: date, expected: Period) -> None:
    assert Period.parse(text, reference=reference) == expected


def test_a_datetime_reference_counts_as_its_day() -> None:
    assert Period.parse("yesterday", datetime(2025, 10, 23, 23, 59)) == Period.day(D(2025, 10, 22))


# -- numeric dates and their order ---------------------------------------------------


@pytest.mark.parametrize("text", ["03/04/2025", "03-04-2025", "12/11/2025"])
def test_ambiguous_numeric_dates_need_an_order(text: str) -> None:
    with pytest.raises(PeriodParseError, match="date_order='DMY'"):
        Period.parse(text, reference=THURSDAY)


def test_date_order_reads_numeric_dates() -> None:
    assert Period.parse("03/04/2025", date_order="DMY") == Period.day(D(2025, 4, 3))
    assert Period.parse("03/04/2025", date_order="MDY") == Period.day(D(2025, 3, 4))
    assert Period.parse("03.04.2025") == Period.day(D(2025, 4, 3))  # dots are day-first
    assert Period.parse("03.04.2025", date_order="MDY") == Period.day(D(2025, 3, 4))


def test_date_order_does_not_override_what_cannot_be_a_month() -> None:
    with pytest.raises(PeriodParseError, match="no month number 23"):
        Period.parse("23/10/2025", date_order="MDY")


def test_bad_options_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="date_order"):
        Period.parse("2025", date_order="YMD")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        Period.parse("today", reference="2025-10-23")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        Period.parse(20251023)  # type: ignore[arg-type]


# -- what needs a reference, and what is refused ----------------------------------------

NEEDS_REFERENCE = [
    "on Thursday",
    "Thursday",
    "last Thursday",
    "February",
    "in February",
    "on 23 October",
    "Oct 23",
    "today",
    "yesterday",
    "this week",
    "last week",
    "earlier this week",
    "this month",
    "last month",
    "earlier this month",
    "this year",
    "last year",
    "earlier this year",
    "in recent months",
    "two days ago",
    "a week ago",
    "mid-October",
    "Q3",
    "in the summer",
    "July to September",
    "from Monday to Wednesday",
    "since February 2022",
    "29 February",
    "Thursday, 23 October",
]


@pytest.mark.parametrize("text", NEEDS_REFERENCE)
def test_relative_text_without_a_reference_asks_for_one(text: str) -> None:
    with pytest.raises(PeriodParseError, match=r"reference=") as caught:
        Period.parse(text)
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)
    assert "publication date" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("hello", "not a recognised date"),
        ("", "no date in it"),
        ("   ", "no date in it"),
        ("in", "no date in it"),
        ("23", "not a recognised date"),
        ("the day before yesterday", "not a recognised date"),
        ("in July, August and September", "not a recognised date"),
        ("Friday, 23 October 2025", "is a Thursday, not a Friday"),
        ("Friday, 23 October", "is a Thursday, not a Friday"),
        ("31 September 2025", "September 2025 has 30 days"),
        ("29 February 2025", "February 2025 has 28 days"),
        ("30 February", "February never has 30 days"),
        ("23/10/25", "two-digit years"),
        ("Q5 2025", "no quarter number 5"),
        ("winter 2025", "winter spans two years"),
        ("winter 2024-26", "winter spans two years"),
        ("next week", "after the publication date"),
        ("tomorrow", "after the publication date"),
        ("in the coming weeks", "after the publication date"),
        ("in the past week", "rolling window"),
        ("over the last 24 hours", "rolling window"),
        ("past three months", "rolling window"),
        ("from 5 to 3 October 2025", "ends (2025-10-03) before it starts"),
        ("from 23 October to 1 October 2025", "before it starts"),
        ("since 2026", "after the reference date"),
        ("2025年10月23日", "has no place in a date"),
        ("23 October 2025 10:30", "has no place in a date"),
        ("٢٠٢٥", "has no place in a date"),  # Arabic-Indic digits are not read as numbers
        ("9999999999 days ago", "before year 1"),
        ("5000 years ago", "before year 1"),
    ],
)
def test_refusals_say_why(text: str, why: str) -> None:
    with pytest.raises(PeriodParseError) as caught:
        Period.parse(text, reference=THURSDAY)
    assert caught.value.text == text
    assert repr(text) in str(caught.value)
    assert why in caught.value.reason


def test_between_months_in_reverse_wraps_to_the_previous_year() -> None:
    # "September" is taken as the latest one that began by July 2025: September 2024.
    assert Period.parse("between September and July 2025") == span(D(2024, 9, 1), D(2025, 7, 31))


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("last year", D(1, 6, 1)),
        ("yesterday", D(1, 1, 1)),
        ("on Sunday", D(1, 1, 1)),
        ("in December", D(1, 1, 1)),
        ("this week", D(9999, 12, 31)),
        ("last Thursday", D(1, 1, 1)),
        ("in recent months", D(1, 2, 1)),
    ],
)
def test_resolving_past_the_calendar_edges_is_refused_cleanly(text: str, reference: date) -> None:
    with pytest.raises(PeriodParseError):
        Period.parse(text, reference=reference)


# -- properties --------------------------------------------------------------------------

VOCABULARY = (  # noqa: SIM905 - a word list reads better as prose
    "january february march april may june july august september october november december "
    "oct. sept jan monday thursday thurs tues sunday "
    "last this earlier so far recent ago between and from to until since in on during "
    "the of mid early late end beginning quarter half q1 q3 q4 h1 h2 first third "
    "summer winter spring autumn day days week weeks month months year years "
    "today yesterday a two six past - – / . , 25 2024-25 "
    "1 3 23 23rd 29 31 0 00 2024 2025 2100 0001 9999 10000 99999999999 2025-10-23"
).split()
MIDDLE_DATES = st.dates(min_value=D(100, 1, 1), max_value=D(9900, 12, 31))


@given(st.text(), st.none() | st.dates())
def test_arbitrary_text_raises_nothing_but_period_parse_error(
    text: str, reference: date | None
) -> None:
    try:
        result: Period | PeriodParseError = Period.parse(text, reference=reference)
    except PeriodParseError as exc:
        result = exc
    assert isinstance(result, Period) or result.text == text


@given(
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=7).map(" ".join),
    st.none() | st.dates(),
)
def test_date_shaped_nonsense_raises_nothing_but_period_parse_error(
    text: str, reference: date | None
) -> None:
    try:
        result: Period | PeriodParseError = Period.parse(text, reference=reference)
    except PeriodParseError as exc:
        result = exc
    assert isinstance(result, Period) or result.text == text


@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6).map(" ".join), MIDDLE_DATES)
def test_text_that_parses_alone_ignores_the_reference(text: str, reference: date) -> None:
    try:
        alone = Period.parse(text)
    except PeriodParseError:
        return
    assert Period.parse(text, reference=reference) == alone


@given(MIDDLE_DATES, st.integers(0, 6))
def test_weekdays_resolve_within_the_week_before_the_reference(reference: date, wd: int) -> None:
    name = _dates._WEEKDAY_NAMES[wd]
    on = Period.parse(f"on {name}", reference=reference)
    last = Period.parse(f"last {name}", reference=reference)
    assert on.precision is Precision.DAY
    assert on.start.weekday() == wd == last.start.weekday()
    assert 0 <= (reference - on.start).days <= 6
    assert 1 <= (reference - last.start).days <= 7


@given(MIDDLE_DATES, st.integers(1, 12))
def test_yearless_months_are_the_latest_begun_by_the_reference(reference: date, month: int) -> None:
    name = _dates._MONTH_NAMES[month - 1]
    period = Period.parse(f"in {name}", reference=reference)
    assert period == Period.month(period.start.year, month)
    assert period.start <= reference
    assert Period.parse(f"in {name}", reference=period.start) == period
    next_one = Period.month(period.start.year + 1, month)
    assert next_one.start > reference


@given(MIDDLE_DATES)
def test_this_and_last_units_sit_around_the_reference(reference: date) -> None:
    for unit in ("week", "month", "quarter", "year"):
        this = Period.parse(f"this {unit}", reference=reference)
        last = Period.parse(f"last {unit}", reference=reference)
        earlier = Period.parse(f"earlier this {unit}", reference=reference)
        assert this.contains(reference)
        assert last.end + timedelta(days=1) == this.start
        assert (earlier.start, earlier.end) == (this.start, reference)


# -- hygiene ---------------------------------------------------------------------------


def test_the_grammar_never_reads_the_clock() -> None:
    for module in (_dates, periods):
        source = inspect.getsource(module)
        for clock in ("today()", ".now(", "utcnow", "time.time", "localtime"):
            assert clock not in source, f"{module.__name__} reads the clock via {clock}"


def test_importing_periods_does_not_load_the_grammar() -> None:
    code = "import sys, exchangekit.periods; print('exchangekit._dates' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- the docs page and the installed dateutil --------------------------------------------

DOCS_PAGE = Path(__file__).resolve().parents[1] / "docs" / "periods.md"


def _table_rows(heading: str) -> list[list[str]]:
    text = DOCS_PAGE.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    section = section[: section.index("\n#", 1)] if "\n#" in section[1:] else section
    return [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in section.splitlines()
        if line.startswith("| ") and "`" in line
    ]


def test_every_documented_expression_is_accepted_as_documented() -> None:
    rows = _table_rows("### Every accepted expression")
    assert len(rows) > 25
    for cells in rows:
        needs_reference = cells[-1] == "yes"
        for text in re.findall(r"`([^`]+)`", cells[1]):
            assert isinstance(Period.parse(text, reference=THURSDAY), Period), text
            if needs_reference:
                with pytest.raises(PeriodParseError, match="reference="):
                    Period.parse(text)
            else:
                assert Period.parse(text) == Period.parse(text, reference=THURSDAY), text


def test_every_documented_refusal_is_refused() -> None:
    rows = _table_rows("## What is refused, and why")
    assert len(rows) > 8
    for cells in rows:
        reference = None if "without a reference" in cells[0] else THURSDAY
        for text in re.findall(r"`([^`]+)`", cells[0]):
            with pytest.raises(PeriodParseError):
                Period.parse(text, reference=reference)


def test_installed_dateutil_behaves_as_the_docs_say() -> None:
    # The page explains that week numbers are checked here because isoparse rolls
    # a week 53 that does not exist into the next year; and that ISO days are strict.
    assert isoparse("2021-W53") == datetime(2022, 1, 3)
    with pytest.raises(ValueError, match="out of range"):
        isoparser().parse_isodate("2025-02-29")
    with pytest.raises(ValueError, match="digits"):
        isoparser().parse_isodate("2025-1-3")
