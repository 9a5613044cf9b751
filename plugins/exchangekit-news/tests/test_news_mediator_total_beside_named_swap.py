"""A go-between's running total is read past a holiday that only names the swap ranked.

"Qatar says the Christmas swap was its 11th mediation, and that 3,210 prisoners have
by now been released through its efforts": "Christmas" names the one swap the first clause
describes ("the Christmas swap was ..."); the perfect "have been released through
its efforts" sums every swap the go-between brokered, of both sides. A holiday that
dates the freeing itself ("in the Christmas swap 480 have been freed") still makes
the figure that one swap's, and no running total is read.
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
MONDAY = date(2025, 12, 29)


def _totals(news: News, text: str) -> set[tuple[str | None, str, Count | None]]:
    """(sender, receiver, count) of every stated tally read from ``text``."""
    return news(text, published=MONDAY).tally_keys()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Doha says the Christmas swap was its 11th successful mediation between Kyiv "
            "and Moscow and that a total of 3,210 prisoners have now been released "
            "through its mediation.",
            3_210,
        ),
        # harder: the go-between named later, the total set off in a clause of its own
        (
            "The Easter exchange, the Qatari foreign ministry said, was its twelfth "
            "mediation between Russia and Ukraine; 3,877 prisoners have now been "
            "released through its mediation.",
            3_877,
        ),
    ],
)
def test_news_a_holiday_naming_the_ranked_swap_leaves_the_total_read(
    news: News, text: str, count: int
) -> None:
    assert _totals(news, text) == {(None, "RUS+UKR", Count.exact(count))}


def test_news_a_holiday_dating_the_freeing_keeps_it_one_swaps(news: News) -> None:
    """Near miss: the people freed "in the Christmas swap" are that swap's, no total."""
    text = "Doha says that in the Christmas swap 480 captives have been freed through its efforts."
    assert _totals(news, text) == set()


@settings(max_examples=15, deadline=None)
@given(
    holiday=st.sampled_from(["Christmas", "Easter", "Orthodox Easter"]),
    rank=st.sampled_from(["ninth", "tenth", "14th"]),
    count=st.integers(1_200, 9_800),
)
def test_news_any_named_swap_leaves_the_mediators_total(
    news: News, holiday: str, rank: str, count: int
) -> None:
    text = (
        f"Doha says the {holiday} swap was its {rank} mediation between Kyiv and Moscow "
        f"and that a total of {count:,} prisoners have now been released through its efforts."
    )
    assert _totals(news, text) == {(None, "RUS+UKR", Count.exact(count))}
