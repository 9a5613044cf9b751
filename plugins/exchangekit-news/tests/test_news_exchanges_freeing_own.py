"""A side that "has carried out 40 exchanges, freeing 800 people" freed its own.

A side's exchanges, counted in the perfect, free the people it traded for: the
participle "freeing" after them says what the swaps won back, just as "has freed
800 people in 40 exchanges" does, so the people are the subject's own. People
the sentence gives a nationality of the other side ("freeing 800 Russians") keep
that reading, and a participle after no exchanges keeps its old one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Read = Callable[..., Any]

_PUBLISHED = date(2022, 10, 18)


def _ways(result: Any) -> set[tuple[str, str, Count]]:
    return {
        (
            str(getattr(t.receiver, "code", t.receiver)),
            str(getattr(t.sender, "code", t.sender)),
            t.count,
        )
        for t in result.tallies
    }


@pytest.mark.parametrize(
    "text",
    [
        "Since March, Ukraine has carried out more than 30 exchanges, freeing 640 people.",
        "Since March, Ukraine had carried out 30 swaps with Russia, freeing 640 people.",
        "Since the spring Ukraine has conducted 30 exchanges, freeing 640 of its citizens.",
    ],
)
def test_news_a_sides_exchanges_free_its_own_people(news: Read, text: str) -> None:
    assert _ways(news(text, published=_PUBLISHED)) == {("UKR", "RUS", Count.exact(640))}


def test_news_freeing_people_of_the_other_side_keeps_their_side(news: Read) -> None:
    result = news(
        "Since March, Ukraine has carried out 30 exchanges, freeing 640 Russians.",
        published=_PUBLISHED,
    )
    assert _ways(result) == {("RUS", "UKR", Count.exact(640))}


@given(n=st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_any_count_freed_through_a_sides_exchanges_is_its_own(news: Read, n: int) -> None:
    text = f"Since March, Ukraine has carried out 30 exchanges, freeing {n:,} people."
    assert _ways(news(text, published=_PUBLISHED)) == {("UKR", "RUS", Count.exact(n))}
