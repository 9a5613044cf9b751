"""A day set off inside a later coordinated clause's subject dates that clause alone.

"..., and the smallest, on 9 June, returned 120": the coordinated clause has a
subject of its own ("the smallest", "the next swap"), and the day told between that
subject and its verb is the later clause's. The figure before the coordinator does
not take it: with no day of its own it is undated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


def _periods(news: News, text: str) -> dict[Count, str]:
    return {
        t.count: str(e.period)
        for e in news(text, published=PUBLISHED).exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The largest repatriation of the summer brought 700 bodies back to Ukraine, "
            "and the smallest, on 4 August, returned 60.",
            700,
        ),
        (
            "Moscow handed 640 bodies to Kyiv, and the second handover, on 12 July, "
            "brought back 85 more.",
            640,
        ),
        (
            "The first repatriation returned 310 bodies to Ukraine; the last one, on "
            "3 September, returned 48.",
            310,
        ),
    ],
)
def test_the_later_subjects_day_does_not_date_the_figure_before(
    news: News, text: str, first: int
) -> None:
    periods = _periods(news, text)
    assert periods.get(Count.exact(first)) == str(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "first", "period"),
    [
        # the figure's own day, before the coordinator, stays its own
        (
            "The largest repatriation, on 2 May, brought 700 bodies back to Ukraine, and "
            "the smallest, on 4 August, returned 60.",
            700,
            "2025-05-02",
        ),
        # a day set off after the figure in its own clause still dates it
        (
            "Russia handed 640 bodies to Kyiv, on 12 July, in the largest repatriation "
            "of the year.",
            640,
            "2025-07-12",
        ),
    ],
)
def test_a_day_of_the_figures_own_clause_still_dates_it(
    news: News, text: str, first: int, period: str
) -> None:
    assert _periods(news, text).get(Count.exact(first)) == period


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=101, max_value=1_700),
    day=st.integers(min_value=1, max_value=28),
)
def test_the_first_figure_never_takes_the_later_subjects_day(
    news: News, first: int, day: int
) -> None:
    text = (
        f"The biggest handover of the year returned {first:,} bodies to Ukraine, and "
        f"the smallest, on {day} June, returned 40."
    )
    periods = _periods(news, text)
    assert periods.get(Count.exact(first)) == str(PUBLISHED)
