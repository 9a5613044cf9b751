"""The other way of a swap told as "the same number of <people> of <an army>, N,".

"In return, the same number of soldiers of the Russian army, 60, were handed over to
Russia": the "of" phrase says whose the people are, and the figure set off by commas
after it states the number, as in "the same number of Russian soldiers, 60,". A number
that is not set off ("the same number of soldiers of 3 brigades") is no such figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 5, 20)
_FIRST = "On Tuesday, {n} Ukrainian soldiers came home from Russian captivity, Kyiv said.\n\n"


@pytest.mark.parametrize(
    "second",
    [
        "In return, the same number of soldiers of the Russian army, {n}, were handed over to"
        " Russia.",
        "In return, the same number of servicemen of the Russian armed forces, {n}, were"
        " transferred to the Russian side.",
    ],
)
def test_news_the_figure_after_the_army_is_the_way_back(news: News, second: str) -> None:
    result = news((_FIRST + second).format(n=60), published=_DAY)
    ways = {(t.receiver.code, t.count.best) for e in result.exchanges for t in e.transfers}
    assert ways == {("UKR", 60), ("RUS", 60)}


@given(n=st.integers(min_value=2, max_value=1200))
@settings(max_examples=8, deadline=None)
def test_news_any_size_set_off_is_read(news: News, n: int) -> None:
    second = (
        "In return, the same number of soldiers of the Russian army, {n}, were handed over to"
        " Russia."
    )
    result = news((_FIRST + second).format(n=f"{n:,}"), published=_DAY)
    assert ("RUS", n) in {
        (t.receiver.code, t.count.best) for e in result.exchanges for t in e.transfers
    }
