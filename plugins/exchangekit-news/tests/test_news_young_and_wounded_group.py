"""An age joined to a wound by "and" names two groups, not one group of wounded.

"The young and seriously wounded prisoners" are the young ones and the wounded ones
together (as the exchange agreements of 2025 grouped them): not every one of them is
wounded, so the group is of prisoners of war. "Sick and wounded prisoners" and "seriously
wounded young prisoners" are all wounded or ill: wounded prisoners still.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]


def kinds_of(result: Any, count: str) -> set[PersonCategory]:
    """The kinds of every transfer of ``count`` read."""
    wanted = Count.parse(count)
    return {t.category for e in result.exchanges for t in e.transfers if t.count == wanted}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "On 24 July Ukraine and Russia each freed 250 of the young and seriously wounded "
            "prisoners named in the deal.",
            "250",
        ),
        ("Russia handed over 120 young and wounded Ukrainian soldiers on Monday.", "120"),
        ("On Friday Kyiv released 64 young and badly injured Russian servicemen.", "64"),
    ],
)
def test_young_and_wounded_are_prisoners_of_war(news: News, text: str, count: str) -> None:
    """The young and the wounded counted together are prisoners of war, not all wounded."""
    assert kinds_of(news(text), count) == {PersonCategory.PRISONERS_OF_WAR}


@pytest.mark.parametrize(
    "text",
    [
        "On 24 July Ukraine and Russia each freed 250 sick and wounded prisoners.",
        "On 24 July Ukraine and Russia each freed 250 seriously wounded young prisoners.",
    ],
)
def test_wounded_alone_or_with_illness_stay_wounded(news: News, text: str) -> None:
    """Wounds and illness together, or a wound of young men, keep the wounded group."""
    assert kinds_of(news(text), "250") == {PersonCategory.WOUNDED_PRISONERS}


@given(n=st.integers(min_value=2, max_value=900))
@settings(max_examples=15, deadline=None)
def test_any_young_and_wounded_group(news: News, n: int) -> None:
    """Whatever the count, the young and the wounded together are prisoners of war."""
    text = f"Russia handed over {n:,} young and wounded Ukrainian soldiers on Monday."
    assert kinds_of(news(text), f"{n:,}") == {PersonCategory.PRISONERS_OF_WAR}
