"""The other way of a swap told as "an equal number" of the sentence before.

"Kyiv brought home 75 of its soldiers. Moscow said an equal number of Russian servicemen had
been sent back in return": as with "the same number", the figure is the one just told, and
the people go home to the side they are named by.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 5, 20)


def _ways(news: News, text: str) -> set[tuple[str, int | None]]:
    result = news(text, published=_DAY)
    return {(t.receiver.code, t.count.best) for e in result.exchanges for t in e.transfers}


def test_news_an_equal_number_sent_back_is_the_way_back(news: News) -> None:
    text = (
        "Kyiv brought home 75 of its soldiers on Tuesday, its intelligence agency said.\n\n"
        "A Russian official said that an equal number of Russian servicemen had been sent"
        " back in return."
    )
    assert _ways(news, text) == {("UKR", 75), ("RUS", 75)}


def test_news_an_equal_number_of_things_is_no_way_back(news: News) -> None:
    """Near miss: no people go back when the phrase counts things promised."""
    text = (
        "Kyiv brought home 75 of its soldiers on Tuesday, its intelligence agency said.\n\n"
        "Officials said an equal number of talks would be needed before the next swap."
    )
    assert _ways(news, text) == {("UKR", 75)}


@given(n=st.integers(min_value=2, max_value=1200))
@settings(max_examples=8, deadline=None)
def test_news_any_size_is_echoed(news: News, n: int) -> None:
    text = (
        f"Kyiv brought home {n:,} of its soldiers on Tuesday, its intelligence agency said.\n\n"
        "A Russian official said that an equal number of Russian servicemen had been sent"
        " back in return."
    )
    assert _ways(news, text) == {("UKR", n), ("RUS", n)}
