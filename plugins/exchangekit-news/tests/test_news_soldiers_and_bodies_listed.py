"""A count of soldiers listed beside a count of bodies counts the living.

"41 servicemen and 18 bodies" lists two groups, each with its own figure: the
bodies word after the second figure is that figure's noun, not a sign that the
soldiers before it were dead. Soldiers with a dead word of their own ("41
fallen soldiers", "the bodies of 41 soldiers") are still bodies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Read = Callable[..., Any]

_POW = PersonCategory.PRISONERS_OF_WAR
_REMAINS = PersonCategory.REMAINS


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Ukraine got back 41 servicemen and 18 bodies from Russia.",
        "Russia handed over 41 soldiers and 18 bodies to Ukraine on Friday.",
        "On Friday 41 Ukrainian soldiers and 18 sets of remains were returned to Ukraine.",
    ],
)
def test_news_soldiers_listed_beside_bodies_are_the_living(news: Read, text: str) -> None:
    assert news(text).legs_by_category() == {
        ("RUS", "UKR", _POW, Count.exact(41)),
        ("RUS", "UKR", _REMAINS, Count.exact(18)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Russia returned 41 fallen soldiers to Ukraine.",
        "On Friday Russia returned the bodies of 41 soldiers to Ukraine.",
    ],
)
def test_news_soldiers_with_a_dead_word_of_their_own_are_bodies(news: Read, text: str) -> None:
    assert news(text).legs_by_category() == {("RUS", "UKR", _REMAINS, Count.exact(41))}


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100)


@given(living=_COUNTS, dead=_COUNTS)
def test_news_each_listed_group_keeps_its_own_kind(news: Read, living: int, dead: int) -> None:
    text = f"Russia handed over {living:,} soldiers and {dead:,} bodies to Ukraine on Friday."
    legs = news(text).legs_by_category()
    assert ("RUS", "UKR", _POW, Count.exact(living)) in legs
    assert ("RUS", "UKR", _REMAINS, Count.exact(dead)) in legs
    assert len(legs) == 2
