"""A single week told "over" or fronted before the figures sums every clause after it.

"In May, over a single week, 4,800 bodies crossed to Ukraine, while Russia took back 60":
no one handover lasts a week, so both figures sum that week's handovers, as "in a single
week" does, and remains that "crossed to" a side went to it as "went to" says. A bare
"over a week" is "more than a week", "over one week" times one operation's stages, and a
stretch told after a figure of another clause does not reach back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

from .conftest import moves

News = Callable[..., Any]
_DAY = date(2025, 9, 1)


@pytest.mark.parametrize(
    "text",
    [
        "In May, over a single week, 4,800 bodies crossed to Ukraine, while Russia took back 60.",
        "It was the busiest spring yet: over a single week in May Russia handed back 4,800 "
        "bodies and received 60.",
        "Over a single week in May, 4,800 bodies went to Ukraine and 60 went to Russia.",
    ],
)
def test_news_fronted_single_week_sums_both_ways(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert result.exchanges == []
    assert result.tally_keys() == {
        ("RUS", "UKR", Count.exact(4_800)),
        ("UKR", "RUS", Count.exact(60)),
    }


def test_news_over_a_single_week_after_the_figure(news: News) -> None:
    result = news("In May Russia handed back 4,800 bodies over a single week.", published=_DAY)
    assert result.exchanges == []
    assert result.tally_keys() == {("RUS", "UKR", Count.exact(4_800))}


def test_news_crossed_to_a_side_is_a_handover_to_it() -> None:
    assert moves("On Monday 95 Ukrainian soldiers crossed to Ukraine.", _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", 95)
    }


@pytest.mark.parametrize(
    "text",
    [
        # "over a week" is "more than a week": the wait, not the handover's span
        "Russia held the bodies for over a week and handed back 480 of them on May 6.",
        # a stretch in a later clause, after a figure of its own day, is not fronted
        "On May 6 Russia handed back 480 bodies, and over a single week talks went on.",
    ],
)
def test_news_no_fronted_stretch_no_sum(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert result.tallies == []
    assert ("RUS", "UKR", "remains", 480) in moves(text, _DAY)


@given(n=st.integers(min_value=1_001, max_value=9_999), back=st.integers(2, 99))
def test_news_fronted_single_week_never_one_handover(news: News, n: int, back: int) -> None:
    result = news(
        f"In May, over a single week, {n:,} bodies went to Ukraine, while Russia took back {back}.",
        published=_DAY,
    )
    assert result.exchanges == []
    assert ("RUS", "UKR", Count.exact(n)) in result.tally_keys()
