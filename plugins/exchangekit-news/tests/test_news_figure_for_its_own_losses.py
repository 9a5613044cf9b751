"""A figure (total, count) "for its own" losses names whose losses a later figure counts.

"Kyiv has given no figure for its own military deaths since its minister said in May that
31,000 soldiers had died": a count's head "for" a side's losses names that side, and "its"
points back to the side that owns them, as "a figure for Ukrainian deaths" would say. With
no side before "its", or a figure that names its people's side, nothing is carried over.
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
SIDES = {"RUS": "Moscow", "UKR": "Kyiv"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv has given no figure for its own military deaths since its defence minister "
            "said in May that 31,000 soldiers had died.",
            {("UKR", "killed", Count.exact(31_000))},
        ),
        (
            "Moscow has released no count for its military deaths since a general said last "
            "autumn that about 6,000 servicemen had been killed.",
            {("RUS", "killed", Count.approx(6_000))},
        ),
        (
            "Ukraine has published no total for its own deaths since an aide said in March "
            "that between 12,000 and 15,000 troops had been killed.",
            {("UKR", "killed", Count.between(12_000, 15_000))},
        ),
    ],
)
def test_news_a_figure_for_its_own_losses_gives_the_figure_its_side(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    """The figure the sentence then gives is the claim of the owner of "its"."""
    assert found(news(text, published=_DAY)) == expected


def test_news_deaths_of_no_side_give_no_claim(news: News) -> None:
    """Near miss: "its" with no side to point back to names no one's dead."""
    text = (
        "The agency has given no figure for its own deaths since a spokesman said in May that "
        "31,000 soldiers had died."
    )
    assert news(text, published=_DAY).claims == []


def test_news_a_figure_naming_its_people_keeps_their_side(news: News, found: Found) -> None:
    """Near miss: a figure that names its people's side keeps that side."""
    text = (
        "Kyiv has given no figure for its own deaths since its minister said in May that "
        "90,000 Russian soldiers had died."
    )
    assert found(news(text, published=_DAY)) == {("RUS", "killed", Count.exact(90_000))}


@given(side=st.sampled_from(sorted(SIDES)), n=st.integers(min_value=2_000, max_value=900_000))
def test_news_the_owner_of_the_deaths_is_kept_for_any_count(
    news: News, found: Found, side: str, n: int
) -> None:
    """Whatever the side and the number, the claim is the owner's."""
    text = (
        f"{SIDES[side]} has given no figure for its own military deaths since an official "
        f"said in May that {n:,} soldiers had died."
    )
    assert found(news(text, published=_DAY)) == {(side, "killed", Count.exact(n))}
