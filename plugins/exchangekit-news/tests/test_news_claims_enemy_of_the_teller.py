"""Losses of "the invaders" or "the occupiers" told by a side are the other side's.

A side that "put" the enemy's count, or whose office reports losses "among the
occupiers" and then a running total, speaks of its enemy; a running total raised by
"bringing what Kyiv says is its count to N" moves a count, not people.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

NAMES = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}
TOTAL = "total_losses"


def other(code: str) -> str:
    """The other belligerent."""
    return "RUS" if code == "UKR" else "UKR"


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(sorted(NAMES)),
    st.sampled_from(["invaders", "occupiers", "enemy"]),
    st.integers(min_value=1_000, max_value=999_000),
)
def test_news_a_side_putting_the_enemy_count_gives_the_other_side(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    name: str,
    enemy: str,
    amount: int,
) -> None:
    text = f"{name} put the overall losses of the {enemy} at {amount:,}, officials said."
    assert found(news(text)) == {(other(NAMES[name]), TOTAL, Count.exact(amount))}


def test_news_a_side_putting_its_own_count_keeps_its_side(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: the enemy is named only after the figure, in another clause
    text = "Kyiv put its own losses at 43,000, while the invaders had lost far more."
    assert found(news(text)) == {("UKR", TOTAL, Count.exact(43_000))}


def test_news_an_office_counting_losses_among_the_occupiers_is_not_its_countrys(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    text = (
        "Ukraine's military command counted 950 losses among the occupiers overnight, "
        "bringing the total to 640,000."
    )
    assert ("UKR", TOTAL, Count.exact(640_000)) not in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian losses rose by 1,100 soldiers, the military said, bringing what Kyiv says "
        "is its running count to 705,300.",
        "Moscow's losses rose by 1,100 troops, its opponents said, bringing what Ukraine "
        "says is the overall tally to 705,300.",
    ],
)
def test_news_bringing_what_a_side_says_is_its_count_hands_no_one_over(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text)
    assert not result.tallies
    assert not result.exchanges
