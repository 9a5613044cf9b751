"""Two sides' people joined by "for" after a colon size the swap told before it.

"The March swap was a modest one, as the talks had stalled: 80 Ukrainian soldiers
for the same number of Russians": a clause of reason between the swap and the colon
puts the people far from the exchange noun, but they still size it, each group going
to its own side and keeping its own kind. A plan before the colon, unequal numbers,
or two groups of one side are not read this way.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2025, 3, 30)


@pytest.mark.parametrize(
    "text",
    [
        "The March swap, on the 12th, was a modest one, as the talks in Geneva had "
        "stalled again: 80 Ukrainian soldiers for the same number of Russians.",
        "The exchange on 12 March was a modest one, because the talks had stalled: "
        "80 Ukrainian soldiers for 80 Russians, with Qatar mediating.",
    ],
)
def test_news_nationals_pair_after_a_reason_clause_sizes_the_swap(text: str) -> None:
    assert moves(text, _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", 80),
        ("UKR", "RUS", "other", 80),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a plan before the colon
        "On 12 March Kyiv proposed a new swap, as the talks had stalled: 80 Ukrainian "
        "soldiers for 80 Russians.",
        # unequal numbers are no pair of "for"
        "The exchange on 12 March was a modest one, because the talks had stalled: "
        "80 Ukrainian soldiers for 60 Russians.",
        # two groups of one side
        "The exchange on 12 March was a modest one, because the talks had stalled: "
        "80 Ukrainian soldiers for 80 Ukrainian civilians.",
    ],
)
def test_news_near_misses_of_the_nationals_pair_are_not_read(text: str) -> None:
    assert moves(text, _DAY) == set()


@settings(max_examples=12, deadline=None)
@given(n=st.integers(min_value=2, max_value=900))
def test_news_nationals_pair_goes_each_way_whatever_the_figure(n: int) -> None:
    text = (
        f"The exchange on 12 March was a modest one, as the talks had stalled: {n} "
        f"Ukrainian soldiers for the same number of Russians."
    )
    assert moves(text, _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", n),
        ("UKR", "RUS", "other", n),
    }
