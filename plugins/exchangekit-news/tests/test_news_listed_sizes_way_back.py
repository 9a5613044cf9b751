"""Bare sizes listed for the way back beside a running total are no total of their own.

"In July Moscow handed over 3,000 bodies in several stages, and Kyiv sent back 12, 40
and 77": each number sizes one stage, and the first of them is not what went back over
the month (nor is their sum told). A single figure for the way back keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def back_totals(news: News, text: str) -> set[Count]:
    """The counts of every running total read as going from Ukraine to Russia."""
    return {
        t.count
        for t in news(text).tallies
        if t.receiver.code == "RUS" and t.sender is not None and t.sender.code == "UKR"
    }


@pytest.mark.parametrize(
    "text",
    [
        "In July Moscow handed Kyiv the remains of 3,000 fallen soldiers in several stages, "
        "and Kyiv sent back 12, 40 and 77.",
        "In August Russia returned 2,500 bodies over several handovers, and Ukraine sent back "
        "9 and 31.",
        "Since June Moscow has handed over 4,000 bodies in several stages, while Kyiv gave "
        "back 15, 22 and 60 bodies.",
    ],
)
def test_listed_sizes_back_give_no_total(news: News, text: str) -> None:
    """No way back is read from the first of several listed sizes."""
    assert back_totals(news, text) == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # one figure for the way back: the same span's total the other way
        (
            "In July Moscow handed Kyiv the remains of 3,000 fallen soldiers in several "
            "stages, and Kyiv sent back 129.",
            "129",
        ),
        # the same size twice is one figure told again, not several stages
        ("In July Russia returned 3,000 bodies in several stages, and Ukraine sent back 40.", "40"),
    ],
)
def test_one_figure_back_is_kept(news: News, text: str, count: str) -> None:
    """Near misses: a single figure for the way back is still its total."""
    assert back_totals(news, text) == {Count.parse(count)}


@given(
    total=st.integers(min_value=2200, max_value=9000),
    sizes=st.lists(st.integers(min_value=2, max_value=99), min_size=2, max_size=4, unique=True),
    month=st.sampled_from(["July", "August", "September"]),
)
@settings(max_examples=25, deadline=None)
def test_any_listed_sizes_back(news: News, total: int, sizes: list[int], month: str) -> None:
    """Whatever the sizes and the month, a list of them sent back is no total."""
    listed = ", ".join(str(n) for n in sizes[:-1]) + f" and {sizes[-1]}"
    text = (
        f"In {month} Russia returned {total:,} bodies in several stages, "
        f"and Ukraine sent back {listed}."
    )
    assert back_totals(news, text) == set()
