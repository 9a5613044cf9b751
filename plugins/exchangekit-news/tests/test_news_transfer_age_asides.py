"""An age aside between a group and its verb: the ages are no count, the group reaches its verb.

"Two children, aged eight and eleven, returned": the numbers after "aged"/"ages" are ages
(words or digits, a list or a range), and the aside they stand in is skipped like
", among them ...," to reach the verb of the group's figure.
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
            "Two children, aged eight and eleven, returned to Ukraine on Monday.",
            {("RUS", "UKR", "children"): 2},
        ),
        (
            "An official said six children, aged between 7 and 16, had crossed into Ukraine "
            "from Russia at the weekend.",
            {("RUS", "UKR", "children"): 6},
        ),
        (
            "Five teenagers, aged 14, 15 and 17, were handed over to Ukraine by Russia on "
            "Friday, the ombudsman said.",
            {("RUS", "UKR", "children"): 5},
        ),
        (
            "Two children, aged nine and twelve, whose aunt had taken them to Crimea, "
            "returned to Ukraine on Monday.",
            {("RUS", "UKR", "children"): 2},
        ),
        # a number with a noun of people after the ages is a count again
        (
            "Russia freed 30 prisoners aged 18 to 25 and 12 civilians on Monday.",
            {("RUS", "UKR", "prisoners_of_war"): 30, ("RUS", "UKR", "civilians"): 12},
        ),
    ],
)
def test_age_aside(legs: Callable[..., Any], text: str, expected: dict[Any, int]) -> None:
    """The group's figure reaches its verb; no age becomes a count."""
    assert legs(text) == {key: Count.exact(n) for key, n in expected.items()}


@given(
    st.integers(min_value=2, max_value=60),
    st.integers(min_value=1, max_value=8),
    st.integers(min_value=9, max_value=17),
    st.sampled_from(["{a} and {b}", "between {a} and {b}", "from {a} to {b}"]),
)
def test_ages_never_count(legs: Callable[..., Any], n: int, a: int, b: int, ages: str) -> None:
    """Whatever the ages and however they are listed, only the group's figure is read."""
    told = ages.format(a=a, b=b)
    found = legs(f"{n} children, aged {told}, were returned to Ukraine by Russia on Monday.")
    assert found == {("RUS", "UKR", "children"): Count.exact(n)}


@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["among them two medics", "including a pilot", "most of them officers"]),
    st.sampled_from([("Russia", "Ukrainian", "Russian"), ("Ukraine", "Russian", "Ukrainian")]),
)
def test_aside_on_the_object_keeps_its_counter(
    legs: Callable[..., Any], n: int, m: int, aside: str, sides: tuple[str, str, str]
) -> None:
    """An aside on the verb's object changes nothing: "for N" after it still goes the other way."""
    sender, theirs, ours = sides
    plain = legs(f"{sender} released {n} {theirs} soldiers for {m} {ours} servicemen on Friday.")
    aside_told = legs(
        f"{sender} released {n} {theirs} soldiers, {aside}, for {m} {ours} servicemen on Friday."
    )
    assert aside_told == plain
    assert len(plain) == 2


@given(
    st.integers(min_value=2, max_value=9),
    st.integers(min_value=3, max_value=12),
    st.integers(min_value=13, max_value=17),
    st.sampled_from(["teenagers", "children", "Ukrainian teenagers", "Ukrainian children"]),
    st.sampled_from(["came back to Ukraine", "returned to Ukraine from Russia"]),
)
def test_a_range_after_a_counted_group_is_its_ages(
    legs: Callable[..., Any], n: int, a: int, b: int, group: str, verb: str
) -> None:
    """ "five teenagers between 14 and 17": the group has its count; the range is ages."""
    found = legs(f"In March, {n} {group} between {a} and {b} {verb}.")
    assert found == {("RUS", "UKR", "children"): Count.exact(n)}


def test_a_range_before_its_noun_is_still_a_count(legs: Callable[..., Any]) -> None:
    # with no count of its own, the group's range is its count
    assert legs("On Friday Ukraine received between 20 and 30 bodies from Russia.") == {
        ("RUS", "UKR", "remains"): Count.between(20, 30)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span before the noun, or one too large for ages, is still a count
        ("In March, between 14 and 17 teenagers came back to Ukraine from Russia.", "14 to 17"),
        ("In March, between 40 and 50 children came back to Ukraine from Russia.", "40 to 50"),
    ],
)
def test_a_span_before_children_or_beyond_ages_stays_a_count(
    legs: Callable[..., Any], text: str, expected: str
) -> None:
    assert legs(text) == {("RUS", "UKR", "children"): Count.parse(expected)}
