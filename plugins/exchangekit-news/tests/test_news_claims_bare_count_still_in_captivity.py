"""A bare count a government says "remain in captivity" counts its own people.

"The ombudsman said that thousands remain in captivity": no side is named, but a
government telling how many are still held, with no captor named, speaks of its
own people. A count told captured ("have been captured") may be either side's
taking, and a count staying somewhere that is no captivity is no captive count.
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

TELLERS = {"Kyiv": "UKR", "Moscow": "RUS", "Ukraine's ombudsman": "UKR"}


@settings(max_examples=20, deadline=None)
@given(
    teller=st.sampled_from(sorted(TELLERS)),
    says=st.sampled_from(["says", "said", "said that"]),
    held=st.sampled_from(["remain in captivity", "are still held", "still remain in captivity"]),
    count=st.integers(120, 9_000),
)
def test_news_a_bare_count_still_held_is_the_tellers_own(
    news: News, found: Found, teller: str, says: str, held: str, count: int
) -> None:
    text = f"{teller} {says} {count:,} {held}."
    assert found(news(text)) == {(TELLERS[teller], "captured", Count.exact(count))}


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "The Ukrainian ombudsman has said that thousands remain in captivity, "
            "many of them never visited by any monitor.",
            "UKR",
            Count.parse("thousands"),
        ),
        ("Moscow says hundreds remained in captivity.", "RUS", Count.parse("hundreds")),
    ],
)
def test_news_a_vague_count_still_held_is_the_tellers_own(
    news: News, found: Found, text: str, side: str, count: Count
) -> None:
    assert found(news(text)) == {(side, "captured", count)}


def test_news_a_count_staying_elsewhere_is_no_captive_count(news: News) -> None:
    """Near miss: "remain in Poland" tells where people stay, not that they are held."""
    assert news("Kyiv says 8,000 remain in Poland.").claims == []


def test_news_a_count_told_captured_is_not_read_as_still_held(news: News, found: Found) -> None:
    """Near miss: a capture is not a state of being held; this rule leaves it alone."""
    read = found(news("Kyiv says 8,000 have been captured."))
    assert ("UKR", "captured", Count.exact(8_000)) not in read


def test_news_after_a_swap_both_ways_the_held_are_no_ones(news: News) -> None:
    """Near miss: after people went home to both sides, those still held may be either's."""
    text = (
        "Kyiv got back 120 of its people and Moscow 95 servicemen. "
        "Kyiv says thousands remain in captivity."
    )
    assert news(text).claims == []
