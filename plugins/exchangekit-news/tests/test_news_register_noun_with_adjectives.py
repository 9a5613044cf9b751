"""A register of the named dead is its noun whatever adjectives stand before it, and "of" the dead.

"The independent Ukrainian count of war dead passed 90,000 named soldiers": a side's
adjective or a word saying how the count is kept ("independent", "running", "own")
stands between the determiner and the register noun, and the register may be "of" the
dead; the figure it reaches is still a claim of that side's killed. A list "of"
prisoners, or of both sides' soldiers, is not a register of one side's dead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]
_DAY = date(2025, 8, 14)
SIDES = {"RUS": "Russian", "UKR": "Ukrainian"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The independent Ukrainian count of war dead kept by volunteers passed 90,000 "
            "named soldiers in May, its founders said.",
            {("UKR", "killed", Count.more_than(90_000))},
        ),
        (
            "Their own running tally of the fallen, kept by volunteers, reached 45,500 named "
            "Russian servicemen by Friday.",
            {("RUS", "killed", Count.exact(45_500))},
        ),
        (
            "The count of Russian war dead compiled by independent outlets topped 130,000 named "
            "soldiers last month.",
            {("RUS", "killed", Count.more_than(130_000))},
        ),
    ],
)
def test_news_a_register_with_adjectives_reaches_a_killed_claim(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    """The register noun is found past its adjectives and its "of the dead"."""
    assert found(news(text, published=_DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The official list of prisoners drawn up by the ombudsman reached 1,300 named "
        "soldiers by Friday.",
        "The count of war dead of both Russian and Ukrainian soldiers reached 200,000 named "
        "soldiers.",
    ],
)
def test_news_a_list_of_other_people_or_both_sides_is_no_register_claim(
    news: News, text: str
) -> None:
    """Near misses: a list of prisoners, or of both sides' dead, gives no claim."""
    assert news(text, published=_DAY).claims == []


@given(side=st.sampled_from(sorted(SIDES)), n=st.integers(min_value=10_000, max_value=900_000))
def test_news_the_adjective_register_keeps_its_count_and_side(
    news: News, found: Found, side: str, n: int
) -> None:
    """Whatever the number and side, the register's count is that side's killed."""
    text = f"The independent {SIDES[side]} count of war dead reached {n:,} named soldiers."
    assert found(news(text, published=_DAY)) == {(side, "killed", Count.exact(n))}
