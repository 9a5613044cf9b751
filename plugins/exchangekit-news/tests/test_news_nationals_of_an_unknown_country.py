"""Nationals of a country the parser does not know: no receiver can be read for them.

"Russia also freed four Chilean nationals who had joined Ukraine's army; they were flown
home to Santiago.": people counted by their citizenship of a third country go home to that
country, never to the other warring side. When the country is not one the registry holds,
no receiver can be named, so the figure is refused rather than sent to Ukraine.
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
            "Russia also freed four Chilean nationals who had joined Ukraine's army; they were"
            " flown home to Santiago.",
            "4",
        ),
        ("Russia freed three Nepali citizens on Monday along with the Ukrainian soldiers.", "3"),
        ("Six Indian nationals who had served in the Russian army were released by Ukraine.", "6"),
        ("On Monday Russia freed three Peruvian citizens captured near Bakhmut.", "3"),
        ("Moscow also released 5 Ecuadorian nationals on Monday, officials said.", "5"),
    ],
)
def test_nationals_of_an_unknown_country_are_refused(news: News, text: str, count: str) -> None:
    """No transfer is read, and none goes to Ukraine."""
    assert Count.parse(count) not in news(text).moved_counts()


@pytest.mark.parametrize(
    "text",
    [
        "Russia released 12 Ukrainian nationals on Monday.",
        "Russia released 12 Kherson citizens on Monday.",
    ],
)
def test_a_sides_own_nationals_are_still_read(news: News, text: str) -> None:
    """A side's nationals ("Ukrainian nationals"), or citizens of its region, go home to it."""
    assert Count.parse("12") in news(text).moved_counts()


@given(n=st.integers(min_value=2, max_value=60))
@settings(max_examples=10, deadline=None)
def test_any_count_of_them(news: News, n: int) -> None:
    """Whatever their number, the third country's nationals are never sent to a side."""
    text = f"On Monday Russia freed {n} Colombian nationals who had fought for Ukraine."
    assert Count.parse(str(n)) not in news(text).moved_counts()
