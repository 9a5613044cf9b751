"""A sentence opening "And for <side>" or "But for <side>" sets the side of its claims.

"For Russia the count is higher, at 300,000 dead" names the side of the figure at the
sentence's start; a linking word before it ("And for the Russian side ...") opens the
same frame and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

SIDES = {"Russia": "RUS", "the Russian side": "RUS", "Ukraine": "UKR", "the Ukrainian side": "UKR"}


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["And", "But"]),
    st.sampled_from(sorted(SIDES)),
    st.integers(min_value=10, max_value=400).map(lambda k: k * 1_000),
)
def test_news_a_linked_for_side_opening_sets_the_claims_side(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    link: str,
    side: str,
    amount: int,
) -> None:
    text = f"{link} for {side} the count is far higher, at {amount:,} dead."
    assert found(news(text)) == {(SIDES[side], "killed", Count.exact(amount))}


def test_news_a_linked_for_side_with_a_band_after_a_hedge(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # harder: a comparison and a hedge stand between the frame and the figure
    text = "And for the Ukrainian side our model's band is much lower, roughly 90,000 dead."
    assert found(news(text)) == {("UKR", "killed", Count.approx(90_000))}


def test_news_a_link_before_for_people_of_a_side_sets_no_side(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: "for Russian prisoners" names people, not the side whose toll is told
    text = "And for Russian prisoners the wait has been long, some 2,000 days."
    assert found(news(text)) == set()
