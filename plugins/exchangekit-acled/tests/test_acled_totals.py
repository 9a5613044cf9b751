"""casualty_totals adds the parsed events up: floors whose best figure is ACLED's own sum."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import exchangekit
from exchangekit import Period
from exchangekit.reconcile import casualty_totals

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = "event_id_cnty,event_date,time_precision,country,fatalities,timestamp"


def _plain_monthly_sums(text: str) -> Counter[tuple[int, int]]:
    """Fatalities per month of ``event_date``, summed with the csv module alone."""
    sums: Counter[tuple[int, int]] = Counter()
    for row in csv.DictReader(io.StringIO(text)):
        day = date.fromisoformat(row["event_date"])
        sums[day.year, day.month] += int(row["fatalities"])
    return sums


@st.composite
def day_and_month_events(draw: st.DrawFn) -> str:
    """An export of events known to the day or to the month (so each lies in one month)."""
    lines = [HEADER]
    for number in range(draw(st.integers(1, 40))):
        day = date(2023, 1, 1) + timedelta(days=draw(st.integers(0, 500)))
        precision = draw(st.sampled_from(["1", "3"]))
        dead = draw(st.integers(0, 300))
        lines.append(f"EVT{number},{day.isoformat()},{precision},Ukraine,{dead},1800000000")
    return "\n".join(lines) + "\n"


@given(day_and_month_events())
def test_monthly_floor_and_best_are_the_plain_sum_of_fatalities(text: str) -> None:
    dataset = exchangekit.parse(io.StringIO(text), format="acled")
    result = casualty_totals(dataset, by="month", subject="UKR", population="all")
    expected = _plain_monthly_sums(text)
    for bucket, count in result.items():
        key = (bucket.start.year, bucket.start.month)
        plain = expected.get(key, 0)
        assert count.low == plain
        assert count.best == plain
        assert count.contains(plain)
        # A month with events has no ceiling (each figure is a floor); one without is 0.
        assert (count.high is None) == (key in expected)
    assert result.total.low == sum(expected.values())


def test_an_event_known_to_its_week_may_fall_in_either_month() -> None:
    text = HEADER + "\nEVT1,2024-01-30,2,Ukraine,10,1800000000\nEVT2,2024-01-10,1,Ukraine,4,\n"
    result = casualty_totals(
        exchangekit.parse(io.StringIO(text), format="acled"), by="month", population="all"
    )
    january, february = result[Period.month(2024, 1)], result[Period.month(2024, 2)]
    assert (january.low, february.low) == (4, 0)  # the week straddles: no floor, only a ceiling
    assert result.total.low == 14
    assert result.total.contains(14)


def test_the_fixture_sums_to_the_revised_figures() -> None:
    dataset = exchangekit.parse(FIXTURES / "api-layout.csv")
    result = casualty_totals(dataset, by="month", subject="UKR", population="all")
    assert result[Period.month(2024, 1)].low == 9 + 12 + 0  # the revised 9, not 5 + 9
    assert result[Period.month(2024, 2)].low == 3
    assert result.total.best == 24
