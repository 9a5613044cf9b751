"""A date after "a swap brokered by <mediator>" is the swap's, as after "mediated by".

"In a swap brokered by Qatar on 9 June, 80 were freed from each side": what the mediator
brokered is the swap the sentence tells, so its day dates the swap. Read as the day of a
deal struck, it left the swap undated and gave it the publication day. A deal brokered
on a day ("under a deal brokered by Turkey on 2 June") keeps the day of the deal.
Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 20)
_MEDIATORS = ["Qatar", "Turkey", "the Emirates", "the United Arab Emirates", "Saudi Arabia"]


@pytest.mark.parametrize(
    "text",
    [
        "In a swap brokered by Qatar on 9 June, 80 were freed from each side.",
        "In a POW exchange brokered by the Emirates on 9 June, 80 were freed from each side.",
        "A swap brokered by Turkey on June 9 freed 80 soldiers from each side.",
        "Ukraine got back 80 soldiers and returned 80 Russians in an exchange brokered by "
        "Saudi Arabia on 9 June.",
    ],
)
def test_news_a_date_after_a_brokered_swap_dates_the_swap(news: News, text: str) -> None:
    assert news(text, published=_PUBLISHED).period_values() == {Period.day(date(2025, 6, 9))}


def test_news_a_deal_brokered_on_a_day_is_no_swap_on_that_day(news: News) -> None:
    text = "Under a deal brokered by Turkey on 2 June, the sides later freed 80 prisoners each."
    assert Period.day(date(2025, 6, 2)) not in news(text, published=_PUBLISHED).period_values()


@settings(max_examples=25, deadline=None)
@given(
    day=st.integers(1, 19),
    count=st.integers(20, 1500),
    mediator=st.sampled_from(_MEDIATORS),
    noun=st.sampled_from(["swap", "exchange", "prisoner swap", "POW exchange"]),
)
def test_news_the_brokered_swaps_day_is_the_day_told(
    news: News, day: int, count: int, mediator: str, noun: str
) -> None:
    text = f"In a {noun} brokered by {mediator} on {day} June, {count:,} were freed from each side."
    assert news(text, published=_PUBLISHED).period_values() == {Period.day(date(2025, 6, day))}
