"""A side's armed forces named by their abbreviation are that side.

Translated Russian ministry copy writes "the AFU" for the Armed Forces of Ukraine; a
loss figure of the AFU told by Moscow is Ukraine's, never the teller's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

TOTAL = "total_losses"


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["Moscow", "The Russian Defence Ministry", "The ministry"]),
    st.integers(min_value=100, max_value=9_000),
)
def test_news_losses_of_the_afu_are_ukraines(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    teller: str,
    amount: int,
) -> None:
    text = f"{teller} said the AFU had lost {amount:,} servicemen over the past 24 hours."
    assert {side for side, _, _ in found(news(text))} <= {"UKR"}


def test_news_a_losses_clause_after_an_aside_keeps_the_afu(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # harder form: the teller is set off in an aside and the figure is an upper bound
    text = (
        "On the southern front, the ministry said, the losses of the AFU in a day "
        "amounted to up to 640 troops."
    )
    assert {side for side, _, _ in found(news(text))} == {"UKR"}


def test_news_a_lower_case_afu_is_no_side(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: the letters in lower case are a word, not the abbreviation
    text = "Near the Afu stream, 40 Russian soldiers were killed, Kyiv said."
    assert {side for side, _, _ in found(news(text))} == {"RUS"}
