"""People said to have come home before an exchange the sentence names are none of its legs.

"Russia and Ukraine swapped 250 prisoners each on Friday. Kyiv said 3,700 Ukrainians had
come home before this exchange.": the 3,700 came back in the swaps that went before
Friday's, a sum counted up to it. Read as Friday's, it would send 3,700 people across on a
day that moved 250. With no day of its own the figure is refused; a day of its own ("freed
12 civilians on Monday, before the exchange") keeps it that day's handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

SWAP = "Russia and Ukraine swapped 250 prisoners each on Friday. "


@pytest.mark.parametrize(
    ("later", "count"),
    [
        ("Kyiv said 3,700 Ukrainians had come home before this exchange.", "3,700"),
        (
            "By Kyiv's count, 4,100 people had returned from captivity before Friday's swap.",
            "4,100",
        ),
        ("Moscow said it had received 2,350 soldiers before the latest handover.", "2,350"),
    ],
)
def test_figure_before_the_named_exchange_is_no_leg_of_it(
    news: Callable[..., Any], later: str, count: str
) -> None:
    """The earlier returns are not moved on Friday; the swap keeps its own figure."""
    moved = news(SWAP + later).moved_counts()
    assert Count.parse(count) not in moved
    assert Count.parse("250") in moved


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed 12 civilians on Monday, before the exchange of prisoners.",
        "Russia freed 12 civilians two days before the exchange on 15 June.",
    ],
)
def test_a_day_of_its_own_keeps_the_handover(legs_of: Callable[..., Any], text: str) -> None:
    """A handover on a day of its own, told before the exchange, is still that day's."""
    assert legs_of(text)[("RUS", "UKR", PersonCategory.CIVILIANS)] == [Count.parse("12")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia handed over 90 prisoners before the exchange was completed.",
        "Russia handed over 90 prisoners before the swap ended.",
    ],
)
def test_before_a_clause_of_the_exchange_is_unchanged(news: Callable[..., Any], text: str) -> None:
    """ "before the exchange ended": its people may be the exchange's own, as read before."""
    assert Count.parse("90") in news(text).moved_counts()


@given(n=st.integers(min_value=2_500, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_count_before_this_exchange(news: Callable[..., Any], n: int) -> None:
    """Whatever the count, people home before this exchange are never moved in it."""
    result = news(f"{SWAP}Kyiv said {n:,} Ukrainians had come home before this exchange.")
    assert Count.parse(f"{n:,}") not in result.moved_counts()
