"""An earlier exchange named by its date before the noun, "after the New Year's Eve swap".

"Fifty soldiers came home on Sunday, a week after the New Year's Eve swap in which 140
were freed": the earlier swap is told in passing, so the figures of the sentences after
it stay with Sunday's exchange, not the one it came after.
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
_PUBLISHED = date(2023, 1, 9)  # a Monday


@settings(max_examples=20, deadline=None)
@given(
    earlier=st.sampled_from(["New Year's Eve", "December 29", "Christmas Day"]),
    noun=st.sampled_from(["swap", "exchange", "prisoner exchange"]),
    size=st.integers(30, 90),
)
def test_news_the_next_sentence_keeps_the_story_exchange_day(
    news: News, earlier: str, noun: str, size: int
) -> None:
    text = (
        f"{size} Ukrainian soldiers returned home on Sunday in an exchange which came a "
        f"week after the {earlier} {noun} in which 140 Ukrainians were freed. Russia's "
        f"defence ministry said that, in exchange, {size} Russian servicemen had been returned."
    )
    periods = {
        e.period
        for e in news(text, published=_PUBLISHED).exchanges
        for t in e.transfers
        if t.receiver.code == "RUS"
    }
    assert periods == {Period.day(date(2023, 1, 8))}


def test_news_a_total_after_the_named_swap_is_of_the_story_day(news: News) -> None:
    """The harder form: the running total two sentences on, by "the exchange"."""
    text = (
        "Fifty Ukrainian soldiers returned home on Sunday in an exchange that followed the "
        "December 29 swap in which 140 Ukrainians were freed. Russia's defence ministry said "
        "that, in exchange, 50 Russian servicemen had been returned. Kyiv said that the "
        'exchange brought the number of Ukrainians freed in the war to "more than 1,600".'
    )
    tallies = news(text, published=_PUBLISHED).tallies
    assert [t.as_of for t in tallies] == [Period.day(date(2023, 1, 8))]


@pytest.mark.parametrize(
    "text",
    [
        # the date names the story's own swap: no earlier one
        "The December 29 swap freed 140 Ukrainians, Kyiv said, and Russia got back 82.",
    ],
)
def test_news_the_story_swap_named_by_its_date_keeps_it(news: News, text: str) -> None:
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert periods == {Period.day(date(2022, 12, 29))}
