"""Bodies told "in the same swap" as the living take that swap's day.

"Kyiv got 116 soldiers back on Saturday. In the same exchange, it received the bodies
of two volunteers": the bodies are another kind of handover, but the sentence points
back to the swap just told, so they went on its day, not the story's. When the text
has told two swaps of the living on different days, which one "the same swap" is
cannot be told, and the bodies keep the reading they had.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
SUNDAY = date(2023, 2, 5)
SWAP = (
    "Ukraine said 116 of its prisoners of war were freed by Russia on Saturday. Russia "
    "said 63 of its servicemen came home in return. "
)


def _bodies(news: News, text: str) -> set[tuple[str, str]]:
    return {
        (str(e.period), str(t.count))
        for e in news(text, published=SUNDAY).exchanges
        for t in e.transfers
        if t.category.value == "remains"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "In the same swap, Ukraine received the bodies of two soldiers.",
        "Alongside the swap, Kyiv said it had received the bodies of two British "
        "volunteers who were killed last month.",
        "As part of the same deal, Russia handed over the remains of two foreign fighters.",
        "During the same exchange, the bodies of two soldiers were returned to Ukraine.",
    ],
)
def test_news_bodies_told_in_the_same_swap_take_its_day(news: News, sentence: str) -> None:
    assert _bodies(news, SWAP + sentence) == {("2023-02-04", "2")}


def test_news_bodies_with_no_pointer_back_keep_the_storys_day(news: News) -> None:
    text = SWAP + "Ukraine also received the bodies of two soldiers."
    assert _bodies(news, text) == {("2023-02-05", "2")}


def test_news_the_same_swap_after_two_swaps_takes_neither_day(news: News) -> None:
    text = (
        SWAP + "In January, 50 went each way. In the same swap, Ukraine received the "
        "bodies of two soldiers."
    )
    assert ("2023-02-04", "2") not in _bodies(news, text)
    assert not any(period.startswith("2023-01") for period, _ in _bodies(news, text))


@given(n=st.integers(min_value=2, max_value=900).filter(lambda n: n != 63 and n != 116))
def test_news_any_count_of_bodies_in_the_same_swap_takes_its_day(news: News, n: int) -> None:
    text = SWAP + f"In the same exchange, Ukraine received the bodies of {n:,} soldiers."
    assert {period for period, _ in _bodies(news, text)} == {"2023-02-04"}
