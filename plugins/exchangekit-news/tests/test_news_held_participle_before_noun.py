"""A participle of being held between a figure and its noun keeps the noun's kind.

"Moscow handed back 31 detained civilians": "detained" (like "captured" before it) says
the people were held, not what kind of people they were, so the count stays the noun's:
civilians here, servicemen in "12 imprisoned soldiers". A participle that is not one of
holding ("deported") still ends the noun phrase as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 March Moscow handed back 31 detained civilians to Kyiv.",
            {("RUS", "UKR", "civilians"): Count.exact(31)},
        ),
        (
            "Russia freed 7 illegally detained civilians, Ukraine's ombudsman said on 2 May.",
            {("RUS", "UKR", "civilians"): Count.exact(7)},
        ),
        (
            "On 14 April, 52 imprisoned soldiers came home to Ukraine from Russia.",
            {("RUS", "UKR", "prisoners_of_war"): Count.exact(52)},
        ),
        (
            "Kyiv said on 1 June that Russia had returned 16 captive civilians to Ukraine.",
            {("RUS", "UKR", "civilians"): Count.exact(16)},
        ),
    ],
)
def test_held_participle_keeps_the_kind(
    legs: Callable[..., Any], text: str, expected: dict[Any, Count]
) -> None:
    assert legs(text) == expected


@given(n=st.integers(min_value=2, max_value=1_799) | st.integers(min_value=2_101, max_value=9_999))
def test_held_participle_keeps_the_kind_any_count(legs: Callable[..., Any], n: int) -> None:
    text = f"On 9 March Moscow handed back {n:,} detained civilians to Kyiv."
    assert legs(text) == {("RUS", "UKR", "civilians"): Count.exact(n)}


def test_the_held_noun_after_the_figure_is_unchanged(legs: Callable[..., Any]) -> None:
    # the participle after its noun was read before; it must stay read the same
    text = "On 9 March, 31 civilians detained by Russia were handed back to Kyiv."
    assert legs(text) == {("RUS", "UKR", "civilians"): Count.exact(31)}


def test_a_held_participle_without_its_noun_gives_no_kind(legs: Callable[..., Any]) -> None:
    # "31 detained and 40 soldiers": the soldiers' noun is not the detained people's
    text = "On 9 March Moscow handed back 31 detained and 40 soldiers to Kyiv."
    assert legs(text) == {
        ("RUS", "UKR", "other"): Count.exact(31),
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(40),
    }
