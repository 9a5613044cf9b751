"""A nationality adjective that ends a figure's phrase stands for its people, as the plural does.

"Kyiv got back 600 bodies for 17 Russian.": the noun after "Russian" is left out
because the first half of the swap named it, so "17 Russian" counts that side's people
of the first half's kind. Only after "for" (a part, "of which 17 Russian", goes no
other way) and only where the phrase ends there (a full stop, a semicolon or a closing
bracket): after a comma the noun may still come ("17 Russian, 30 Ukrainian and 8
Belarusian soldiers").
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
            "On 4 July Kyiv got back 600 bodies for 17 Russian.",
            {
                ("RUS", "UKR", "remains"): Count.exact(600),
                ("UKR", "RUS", "remains"): Count.exact(17),
            },
        ),
        (
            "Ukraine received 88 soldiers on 2 May for 61 Russian; the swap was the third.",
            {
                ("RUS", "UKR", "prisoners_of_war"): Count.exact(88),
                ("UKR", "RUS", "prisoners_of_war"): Count.exact(61),
            },
        ),
        (
            "Russia got back 35 bodies on 9 April (for 140 Ukrainian).",
            {
                ("UKR", "RUS", "remains"): Count.exact(35),
                ("RUS", "UKR", "remains"): Count.exact(140),
            },
        ),
    ],
)
def test_a_closing_nationality_adjective_counts_that_sides_people(
    legs: Callable[..., Any], text: str, expected: dict[Any, Count]
) -> None:
    assert legs(text) == expected


@given(
    a=st.integers(min_value=2, max_value=1_799),
    b=st.integers(min_value=2, max_value=1_799),
)
def test_a_closing_nationality_adjective_any_count(
    legs: Callable[..., Any], a: int, b: int
) -> None:
    text = f"On 4 July Kyiv got back {a:,} bodies for {b:,} Russian."
    assert legs(text) == {
        ("RUS", "UKR", "remains"): Count.exact(a),
        ("UKR", "RUS", "remains"): Count.exact(b),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a part of the first half, not people going the other way
        "On 4 July Kyiv got back 600 bodies, of which 17 Russian.",
        # a comma may lead on to the noun; the adjective alone is not read there
        "On 4 July Kyiv got back 600 bodies for 17 Russian, the ministry said.",
    ],
)
def test_a_nationality_adjective_not_closing_a_swap_half_gives_no_leg(
    legs: Callable[..., Any], text: str
) -> None:
    assert legs(text) == {("RUS", "UKR", "remains"): Count.exact(600)}
