"""A record "released" past its window of one day: "Its figure for the past day, released ...".

"Its figure for the past 24 hours, released at dawn, was 990, and it put the total at
1,020,000": what was released is the day's figure, named before its window, not
people, so the sentence tells no swap and its total is the count of losses it gives.
People held "for the past week" and then released are still a release.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_TELLER = "Kyiv's General Staff keeps a daily count of enemy losses. "


@settings(max_examples=20, deadline=None)
@given(
    total=st.integers(200_000, 1_900_000),
    record=st.sampled_from(["Its figure", "The figure", "Its estimate"]),
    window=st.sampled_from(["for the past 24 hours", "for the past day", "for the last 24 hours"]),
    when=st.sampled_from(["this morning", "at dawn", "on Tuesday"]),
)
def test_news_a_figure_released_past_its_window_is_no_release(
    news: News, found: Found, total: int, record: str, window: str, when: str
) -> None:
    text = (
        f"{_TELLER}{record} {window}, released {when}, was 870, and it put the "
        f"cumulative total at {total:,}."
    )
    read = news(text)
    assert not read.tallies
    assert not read.exchanges
    assert ("RUS", "total_losses", Count.exact(total)) in found(read)


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        (
            "Its report for the past 24 hours, released this morning, gave 1,010, and it "
            "put the total at 1,002,000.",
            1_002_000,
        ),
        (
            "The estimate over the last 24 hours, released at noon, was 990; it put the "
            "total at 1,005,000.",
            1_005_000,
        ),
    ],
)
def test_news_a_record_released_past_its_window_in_other_forms(
    news: News, found: Found, sentence: str, total: int
) -> None:
    read = news(_TELLER + sentence)
    assert not read.tallies
    assert ("RUS", "total_losses", Count.exact(total)) in found(read)


def test_news_people_held_for_a_week_and_released_are_still_released(news: News) -> None:
    """Near miss: the released are soldiers, named before their window."""
    text = (
        "Russia said 120 Ukrainian soldiers held for the past week were released "
        "this morning in exchange for 120 Russian soldiers."
    )
    assert news(text).exchanges
