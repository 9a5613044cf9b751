"""A go-between's swaps summed "in total": "the exchanges it has brokered now involve 3,410"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Qatar's foreign ministry said the swaps it has helped to organise now involve "
            "3,410 people in total.",
            Count.exact(3410),
        ),
        (
            "The Turkish foreign ministry said its diplomats had by now facilitated exchanges "
            "of 1,275 captives in total between the two sides.",
            Count.exact(1275),
        ),
        (
            "According to the UAE, the exchanges it has mediated now involve 2,290 "
            "prisoners altogether.",
            Count.exact(2290),
        ),
    ],
)
def test_news_mediators_swaps_summed_in_total_are_one_two_way_tally(
    news: News, text: str, count: Count
) -> None:
    """The people of every swap a mediator brokered went both ways: one joint tally."""
    got = news(text)
    assert got.tally_keys() == {(None, "RUS+UKR", count)}
    assert count not in got.moved_counts()


@pytest.mark.parametrize(
    "text",
    [
        # no sum said: "exchanges involving 1,958" may count each side's people
        "The UAE said it had now mediated exchanges involving 1,958 captives since the "
        "start of the war.",
        # the sides, not the go-between, hold the swaps: per side or in all is not said
        "The UAE said that Russia and Ukraine had now carried out exchanges of 2,000 "
        "prisoners in total.",
        # a past with no "now" sums some swaps, not every one to date
        "Qatar's foreign ministry said the swaps it has helped to organise involved 3,410 "
        "people in total.",
    ],
)
def test_news_swaps_not_summed_by_a_mediator_to_date_stay_unread(news: News, text: str) -> None:
    """Without a mediator's own sum up to now, no tally and no one-way handover is read."""
    got = news(text)
    assert not got.tallies
    assert not got.moved_counts()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=2_200, max_value=9_999),
    mediator=st.sampled_from(["The UAE", "Qatar", "Türkiye", "Saudi Arabia"]),
    noun=st.sampled_from(["exchanges", "swaps"]),
    people=st.sampled_from(["people", "captives", "prisoners"]),
)
def test_news_mediators_summed_swaps_never_go_one_way(
    news: News, n: int, mediator: str, noun: str, people: str
) -> None:
    """Whatever the mediator, noun and people, the sum is the joint tally and no handover."""
    text = f"{mediator} said the {noun} it has brokered now involve {n:,} {people} in total."
    got = news(text)
    assert {c for _, r, c in got.tally_keys() if r == "RUS+UKR"} == {Count.exact(n)}
    assert Count.exact(n) not in got.moved_counts()
