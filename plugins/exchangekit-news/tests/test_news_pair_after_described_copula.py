"""A swap's size told as "was a straight 100 for 100": an article and a word between.

"The first, in March, was 40 for 40" gives a swap's size per side; so does "was an
even 40 for 40" or "was a straight 40 for 40", where the word only says how the pair
looked. An offer or a plan that "was a straight 40 for 40" is still only put forward.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import moves

PUBLISHED = date(2024, 12, 20)


@pytest.mark.parametrize(
    "text",
    [
        "The swap on Tuesday was a straight 60 for 60.",
        # the subject stands for an exchange told in the sentence before
        "A first exchange came in March. The second, on 9 May, was an even 60 for 60.",
    ],
)
def test_news_a_described_pair_after_was_sizes_the_swap(text: str) -> None:
    found = moves(text, PUBLISHED)
    assert {(s, r, n) for s, r, _, n in found} == {("UKR", "RUS", 60), ("RUS", "UKR", 60)}


@pytest.mark.parametrize(
    "text",
    [
        "The offer was a straight 60 for 60.",
        "Kyiv's proposal on Tuesday was an even 60 for 60.",
    ],
)
def test_news_a_plan_that_was_a_described_pair_moves_no_one(text: str) -> None:
    assert moves(text, PUBLISHED) == set()


@given(size=st.integers(min_value=2, max_value=999), word=st.sampled_from(["straight", "even"]))
def test_news_the_described_pair_is_read_at_its_size(size: int, word: str) -> None:
    text = f"The exchange on Tuesday was a {word} {size} for {size}."
    found = moves(text, PUBLISHED)
    assert {(s, r, n) for s, r, _, n in found} == {("UKR", "RUS", size), ("RUS", "UKR", size)}
