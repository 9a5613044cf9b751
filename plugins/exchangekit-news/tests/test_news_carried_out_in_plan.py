"""An exchange that a side is only ready or planning to carry out has not happened.

"Moscow was ready to carry out an exchange of 400 for 400", "Kyiv plans to conduct a swap of
400 for 400": the noun is the object of a verb of carrying out that is itself a plan, so
no one moved. "Moscow carried out an exchange of 400 for 400" and "the two sides held a
swap of 400 for 400" stay done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 9, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow was ready to carry out an exchange of 400 for 400, the Russian ombudsman said.",
        "Kyiv plans to conduct a swap of 400 for 400, the Ukrainian ombudsman said.",
        "Moscow is prepared to hold a new exchange on the principle of 400 for 400, she said.",
        "Both sides hope to stage a prisoner swap of 400 for 400 this month, officials said.",
    ],
)
def test_news_a_planned_carrying_out_moves_no_one(news: News, text: str) -> None:
    assert not news(text, published=_DAY).exchanges


@pytest.mark.parametrize(
    "text",
    [
        "Moscow carried out an exchange of 400 for 400 on Wednesday, the ombudsman said.",
        "The two sides held a prisoner swap of 400 for 400 on Wednesday, officials said.",
    ],
)
def test_news_a_done_carrying_out_is_read(news: News, text: str) -> None:
    """Near miss: the verb of carrying out is done, so the exchange is."""
    ways = {
        (t.receiver.code, t.count.best)
        for e in news(text, published=_DAY).exchanges
        for t in e.transfers
    }
    assert ways == {("UKR", 400), ("RUS", 400)}


@given(n=st.integers(min_value=2, max_value=1500))
@settings(max_examples=8, deadline=None)
def test_news_no_size_makes_the_plan_done(news: News, n: int) -> None:
    text = f"Moscow was ready to carry out an exchange of {n:,} for {n:,}, the ombudsman said."
    assert not news(text, published=_DAY).exchanges
