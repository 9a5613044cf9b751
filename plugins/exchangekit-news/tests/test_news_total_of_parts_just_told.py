"""A "total" that adds up the parts of one handover just told is its whole, no running total.

"175 soldiers and 22 civilians came home, putting the total at 197": the two kinds
sum to the figure, so it sizes that one swap; "putting the total at 4,300" after the
same parts is the running total it reads as.
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
FRIDAY = date(2025, 3, 21)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 140 soldiers and 16 civilians came home on Thursday, putting the total at 156.",
        "Kyiv said 140 soldiers and 16 civilians came home on Thursday, bringing the total to 156.",
        'Zelensky said 140 defenders had returned on Thursday, "and another 16 of our wounded",'
        " putting the total at 156.",
    ],
)
def test_news_a_total_of_two_kinds_just_told_is_no_running_total(news: News, text: str) -> None:
    read = news(text, published=FRIDAY)
    assert read.tallies == []
    assert {t.count for e in read.exchanges for t in e.transfers} >= {
        Count.exact(140),
        Count.exact(16),
    }


def test_news_a_larger_total_after_the_parts_stays_a_running_total(news: News) -> None:
    # near miss: the parts do not add up to the figure, so it counts more than this swap
    read = news(
        "Kyiv said 140 soldiers and 16 civilians came home on Thursday, putting the total at"
        " 4,300.",
        published=FRIDAY,
    )
    assert [t.count for t in read.tallies] == [Count.exact(4300)]


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=30, max_value=700), st.integers(min_value=3, max_value=29))
def test_news_the_whole_of_two_kinds_is_never_a_tally(
    news: News, soldiers: int, civilians: int
) -> None:
    whole = soldiers + civilians
    read = news(
        f"Kyiv said {soldiers:,} soldiers and {civilians:,} civilians came home on Thursday,"
        f" putting the total at {whole:,}.",
        published=FRIDAY,
    )
    assert Count.exact(whole) not in {t.count for t in read.tallies}
