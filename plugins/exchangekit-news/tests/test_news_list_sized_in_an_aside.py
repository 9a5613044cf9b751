"""A list sized in an aside is still a list: handing it over moves no one.

"Another list, of some 140 civilians, went to the Russian side in March, where it is
still being checked": the commas set the size off from "list", but what changed hands
is the list, not the people on it, so no handover of 140 is read. The same aside
after a group, not a document ("A group, of 140 civilians, was returned"), is a
handover as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Another list, of some 140 civilians, was handed to the Russian side in March "
            "and, officials in Kyiv said on Monday, is still being checked.",
            "around 140",
        ),
        (
            "According to the ombudsman, a register, of 312 civilians held in Taganrog, "
            "had been passed to Moscow through the Red Cross last month.",
            "312",
        ),
    ],
)
def test_news_a_list_sized_in_an_aside_moves_no_one(news: News, text: str, count: str) -> None:
    """The document changes hands; the people it names are not a handover."""
    assert Count.parse(count) not in news(text).moved_counts()


def test_news_a_group_sized_in_an_aside_is_moved(news: News) -> None:
    """ "A group, of 140 civilians, was returned": a group of people, not a document."""
    text = (
        "A group, of 140 civilians from Kherson, was returned to Ukraine by Russia on "
        "Saturday, the ombudsman said."
    )
    assert Count.parse("140") in news(text).moved_counts()


@given(n=st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_news_any_size_of_a_list_in_an_aside_is_not_moved(news: News, n: int) -> None:
    """Whatever the size in the aside, the list is what was handed over."""
    text = f"A second list, of {n:,} prisoners, was handed over to Russia in December."
    assert Count.parse(f"{n:,}") not in news(text).moved_counts()
