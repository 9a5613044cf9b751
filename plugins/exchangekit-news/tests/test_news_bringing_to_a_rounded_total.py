"""A "bringing ... to" bound that the figure before it already meets only rounds it.

"2,047 children had come home by October, bringing the total past 2,000": the
figure before "bringing" lies within the bound, so it is the running total
itself, and the bound is that total rounded, not a second total. Where the
figure before it is smaller ("12 came home on Friday, bringing the total to more
than 3,000") it is a handover added to the total, and both are read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Read = Callable[..., Any]

_PUBLISHED = date(2024, 10, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said 3,047 children had been returned from Russia by October, "
        "bringing the total past 3,000.",
        "Ukraine said 3,047 children had been returned from Russia by October, "
        "bringing the total to more than 3,000.",
        "Ukraine said 3,047 children had been returned from Russia by October, "
        "bringing to over three thousand the number of children brought home.",
    ],
)
def test_news_a_bound_the_total_already_meets_is_no_second_total(news: Read, text: str) -> None:
    result = news(text, published=_PUBLISHED)
    assert [t.count for t in result.tallies] == [Count.exact(3047)]
    assert result.exchanges == []


def test_news_a_rounded_total_is_never_read_as_one_handover(news: Read) -> None:
    result = news(
        "According to the agency, 3,047 children had been returned to Ukraine from Russia "
        "by mid-October, bringing to more than three thousand the number brought home.",
        published=_PUBLISHED,
    )
    assert all(t.count != Count.exact(3047) for e in result.exchanges for t in e.transfers)
    assert all(t.count != Count.more_than(3000) for t in result.tallies)


def test_news_a_smaller_figure_before_bringing_is_added_to_the_total(news: Read) -> None:
    result = news(
        "Ukraine said 12 children had been returned from Russia on Friday, "
        "bringing the total to more than 3,000.",
        published=_PUBLISHED,
    )
    assert [t.count for e in result.exchanges for t in e.transfers] == [Count.exact(12)]
    assert [t.count for t in result.tallies] == [Count.more_than(3000)]


@given(extra=st.integers(min_value=1, max_value=999))
def test_news_any_total_past_a_round_bound_stays_one_total(news: Read, extra: int) -> None:
    n = 5000 + extra
    result = news(
        f"Ukraine said {n:,} children had been returned from Russia by October, "
        "bringing the total to more than 5,000.",
        published=_PUBLISHED,
    )
    assert [t.count for t in result.tallies] == [Count.exact(n)]
