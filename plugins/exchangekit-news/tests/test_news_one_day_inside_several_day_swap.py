"""A figure dated to one day inside "the three-day swap" is that day's handover.

"Russia freed 245 servicemen on Tuesday, during the two-day exchange": the swap lasted
several days, but the figure's own date names one of them, so it counts that day's
handover, neither the days' sum nor a total since the war began. The swap's own edges
("the swap that ended on Monday"), a span of its days ("from 2 to 4 June") and the day
the figure was told ("On Tuesday, Kyiv said ...") date no one day of it.
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
THURSDAY = date(2025, 6, 12)


def _tallies(news: News, text: str) -> list[Count]:
    return [t.count for t in news(text, published=THURSDAY).tallies]


@pytest.mark.parametrize(
    ("text", "day", "count"),
    [
        # the day after the figure, in its own clause
        (
            "In the three-day handover this month, Kyiv got back 126 soldiers on Monday.",
            "2025-06-09",
            126,
        ),
        # the day set before the figure's clause
        ("On 3 June, 418 Ukrainians returned home in the four-day swap.", "2025-06-03", 418),
        # a count of days in digits past nine
        (
            "Ukraine got back 57 civilians on 6 June as part of the 12-day exchange.",
            "2025-06-06",
            57,
        ),
    ],
)
def test_news_a_day_dated_figure_in_a_several_day_swap_is_that_days_handover(
    news: News, text: str, day: str, count: int
) -> None:
    assert news(text, published=THURSDAY).dated_way_counts() == {
        (day, "RUS", "UKR", Count.exact(count))
    }
    assert _tallies(news, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the swap's last day: the figure sums its days, which the text does not name
        "The three-day swap that ended on Monday brought 640 Ukrainians home.",
        # the swap's first day, the same
        "The four-day exchange, which began on 3 June, brought 900 Ukrainians home.",
        # the day the figure was told, not a day of the swap
        "On Tuesday, Kyiv said the three-day swap had brought 1,000 Ukrainians home.",
        # all of the swap's days
        "Russia freed 1,000 Ukrainians in the three-day swap from 2 to 4 June.",
    ],
)
def test_news_a_swaps_edge_or_telling_dates_no_day_of_it(news: News, text: str) -> None:
    # near miss: no one-day handover is read
    assert news(text, published=THURSDAY).dated_way_counts() == set()
    assert _tallies(news, text) == []


@given(
    count=st.integers(min_value=2, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    day=st.integers(min_value=2, max_value=11),
    days=st.sampled_from(["two", "three", "5", "eleven", "12"]),
)
@settings(max_examples=20, deadline=None)
def test_news_a_named_day_of_a_several_day_swap_dates_its_figure(
    news: News, count: int, day: int, days: str
) -> None:
    # invariant: whatever the size, the day and the swap's length, the day dates the figure
    text = f"On {day} June, {count:,} Ukrainians came home in the {days}-day swap."
    assert news(text, published=THURSDAY).dated_way_counts() == {
        (f"2025-06-{day:02d}", "RUS", "UKR", Count.exact(count))
    }
