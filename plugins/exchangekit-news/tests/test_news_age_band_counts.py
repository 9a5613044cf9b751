"""A counted range of people is no band of ages, though a "group" noun follows it.

"Kyiv took back 19 to 24 injured soldiers in the group freed on Friday": the range has
its own people noun, so it counts them; only a range whose own noun is the band's
("the 19 to 24 category", "the 20 to 27 and badly wounded categories") names ages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Kyiv took back 19 to 24 injured soldiers in the group freed on Friday.",
            "wounded_prisoners",
            "19 to 24",
        ),
        # harder: civilians, an indefinite "a batch"-like group, a speech tag after
        (
            "Moscow let 30 to 40 civilians go home in one group on Friday, Ukraine said.",
            "civilians",
            "30 to 40",
        ),
        # harder: a dash between the numbers, "the second group" later in the clause
        (
            "Russia handed over 12 - 16 servicemen in the second group on Friday.",
            "prisoners_of_war",
            "12 to 16",
        ),
    ],
)
def test_a_counted_range_before_a_group_is_people(
    legs: Legs, text: str, kind: str, count: str
) -> None:
    """The range keeps its people noun's count: one leg into Ukraine."""
    assert legs(text) == {("RUS", "UKR", kind): Count.parse(count)}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said captives in the 21 to 26 and gravely ill categories had all been swapped.",
        "Kyiv said men of the 19-23 age group had been exchanged.",
    ],
)
def test_near_miss_a_band_noun_of_the_range_is_still_ages(news: Any, text: str) -> None:
    """Near miss: a band noun in the range's own phrase still makes it ages, no count."""
    result = news(text)
    assert result.exchanges == []
    assert result.claims == []


@given(
    low=st.integers(min_value=10, max_value=40),
    span=st.integers(min_value=2, max_value=30),
    noun=st.sampled_from(["soldiers", "civilians", "prisoners", "wounded servicemen"]),
    band=st.sampled_from(["group", "category", "batch group"]),
)
def test_a_people_noun_first_always_counts(
    legs: Legs, low: int, span: int, noun: str, band: str
) -> None:
    """Whatever the numbers, a range with its own people noun before the band noun counts."""
    text = f"Russia freed {low} to {low + span} Ukrainian {noun} in the first {band} on Friday."
    found = legs(text)
    assert [c for (s, r, _), c in found.items() if (s, r) == ("RUS", "UKR")] == [
        Count.parse(f"{low} to {low + span}")
    ]
