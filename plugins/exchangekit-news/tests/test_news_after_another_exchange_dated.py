"""People home "after another exchange <date>" came back on the exchange's day.

"Sixty soldiers are home tonight, after another exchange with Russia yesterday": the
exchange is one more of a series, and its day, not the hour of their arrival, dates
the figure, as with "after an exchange". A comma between the exchange and the day
("..., which took place in May") still keeps the arrival's day, and so does a day of
the figure's own before "after another" (two handovers are told).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

# a Wednesday
_PUBLISHED = date(2024, 6, 26)


def _dated(result: Any) -> set[tuple[str, Count]]:
    return {(str(e.period), t.count) for e in result.exchanges for t in e.transfers}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Sixty Ukrainian soldiers are home tonight, after another exchange with Russia "
            "yesterday.",
            "2024-06-25",
        ),
        (
            "Sixty Ukrainian soldiers were back in Ukraine this morning after another swap on "
            "Tuesday.",
            "2024-06-25",
        ),
        (
            "Kyiv said 60 of its soldiers were home after another prisoner exchange with Russia "
            "on Sunday.",
            "2024-06-23",
        ),
    ],
)
def test_the_exchange_day_dates_the_figure(news: Callable[..., Any], text: str, day: str) -> None:
    assert _dated(news(text, published=_PUBLISHED)) == {(day, Count.parse("60"))}


def test_a_clause_between_keeps_the_arrival_day(news: Callable[..., Any]) -> None:
    text = (
        "Sixty Ukrainian soldiers are home tonight, after another exchange with Russia, which "
        "took place in May."
    )
    assert _dated(news(text, published=_PUBLISHED)) == {("2024-06-26", Count.parse("60"))}


def test_a_day_of_its_own_keeps_the_figure_on_it(news: Callable[..., Any]) -> None:
    # "another" handover with a day of its own after the figure's own day is a second one
    text = "Sixty Ukrainian soldiers came home on 24 June, after another swap on 20 June."
    assert ("2024-06-20", Count.parse("60")) not in _dated(news(text, published=_PUBLISHED))


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=1_700))
def test_any_count_takes_the_exchange_day(news: Callable[..., Any], n: int) -> None:
    text = (
        f"{n:,} Ukrainian soldiers are home tonight, after another exchange with Russia yesterday."
    )
    assert _dated(news(text, published=_PUBLISHED)) == {("2024-06-25", Count.parse(f"{n:,}"))}
