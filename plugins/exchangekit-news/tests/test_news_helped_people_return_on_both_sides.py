"""A go-between that "has helped N people return ... on both sides" counts both ways together."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]


def test_news_a_helpers_perfect_with_people_on_both_sides_is_one_two_way_tally(
    news: News,
) -> None:
    """Not the same 400 going each way: one figure for both sides, summed since 2023."""
    got = news(
        "In a statement read out at the nunciature on Monday, the Vatican said the Holy See "
        "has helped more than 400 people return to their families on both sides since 2023."
    )
    assert {(t.sender, t.receiver.code, t.category.value, str(t.count)) for t in got.tallies} == {
        (None, "RUS+UKR", "other", "more than 400")
    }
    assert got.exchanges == []


def test_news_a_helpers_perfect_for_one_sides_people_keeps_that_side(news: News) -> None:
    """ "80 Ukrainian children" went one way: the helper's sum is Ukraine's, not both sides'."""
    got = news(
        "Since 2023, the Holy See has helped 80 Ukrainian children return home, the nuncio said."
    )
    assert ("RUS", "UKR", Count.exact(80)) in got.tally_keys()
    assert all(r != "RUS+UKR" for _, r, _ in got.tally_keys())
