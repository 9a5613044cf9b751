"""The day a group counted as captured was taken, told with "them" in a next sentence.

"Kyiv offered to swap three Russian volunteers captured near Bakhmut, the army said
on Monday. Its commander said his unit had captured them on Friday": the active verb
and "them" take up the one captured group just counted, which stands on the day it was
taken. With two captured groups in reach "them" could be either, so neither moves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def _captured_days(news: News, text: str) -> list[str]:
    claims = news(text, published=date(2025, 3, 11)).claims  # a Tuesday
    return sorted(str(c.as_of) for c in claims if c.category.value == "captured")


@settings(max_examples=25, deadline=None)
@given(
    count=st.sampled_from(sorted(_WORDS)),
    verb=st.sampled_from(["had captured them", "captured them", "took them prisoner"]),
    place=st.sampled_from(["", " near the village of Orlivka"]),
    day=st.integers(min_value=3, max_value=9),
)
def test_news_them_taken_on_a_day_dates_the_captured_group(
    news: News, count: int, verb: str, place: str, day: int
) -> None:
    text = (
        f"Ukraine is ready to hand over {_WORDS[count]} Russian soldiers captured in the "
        "Donetsk region for Ukrainians held in Russia, a spokesman said on Monday. "
        f"The brigade commander said his unit {verb}{place} on March {day}."
    )
    assert _captured_days(news, text) == [f"2025-03-{day:02d}"]


def test_news_them_past_an_aside_with_other_numbers(news: News) -> None:
    """The harder form: a weekday, and an aside with a count of its own before the verb."""
    text = (
        "Kyiv said on Monday it held two Russian soldiers captured in the east and "
        "would hand them over for Ukrainians. The commander, who posted a video of the two "
        "men, one of them with a bandaged arm, said his soldiers had captured them on "
        "Friday."
    )
    assert _captured_days(news, text) == ["2025-03-07"]


@pytest.mark.parametrize(
    "after",
    [
        "The commander said his unit had freed them on March 7.",  # not taken then
        "The commander said his unit had captured them in the spring, on March 7.",  # a clause
        "The commander said that since March 7 his unit had captured them.",  # a start
    ],
)
def test_news_them_without_a_taking_day_leaves_the_count_dated(news: News, after: str) -> None:
    text = (
        "Ukraine is ready to hand over two Russian soldiers captured in the Donetsk region, "
        f"a spokesman said on Monday. {after}"
    )
    assert _captured_days(news, text) == ["2025-03-10"]


def test_news_them_after_two_captured_groups_moves_neither(news: News) -> None:
    """Near-miss: two groups counted as captured; "them" could be either."""
    text = (
        "Kyiv said on Monday it held two North Korean soldiers captured in the Kursk "
        "region and three Russian soldiers captured near Kupiansk. The brigade commander "
        "said his unit had captured them on March 7."
    )
    assert _captured_days(news, text) == ["2025-03-10", "2025-03-10"]
