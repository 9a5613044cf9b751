"""An exchange a side hoped, wanted or sought is a wish, in the past tense as in the present.

"Turkey said it hoped to broker an exchange of 1,000 for 1,000 by the end of the year": the
exchange is what was wished for, so it is neither a swap done nor a running total to the
end of the year. A handover told done after the wish keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def moved(news: News, text: str) -> set[tuple[str, str, str]]:
    """Every transfer and running total read in ``text`` as (sender, receiver, count)."""
    result = news(text)
    legs = {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }
    return legs | {
        (t.sender.code if t.sender else "", t.receiver.code, str(t.count)) for t in result.tallies
    }


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said it hoped to broker an exchange of 1,000 for 1,000 by the end of the year.",
        "Ankara hoped to broker an exchange of 300 for 300 on Friday.",
        "Kyiv wanted an exchange of 250 for 250 before the winter.",
        "For months Moscow sought the return of 400 of its soldiers.",
    ],
)
def test_wished_exchange_moves_no_one(news: News, text: str) -> None:
    """The wished-for exchange is neither done nor a total."""
    assert moved(news, text) == set()


def test_handover_done_after_the_wish_is_kept(news: News) -> None:
    """Near miss: the people who came home after the wish are read."""
    text = "Kyiv had sought the return of 500 prisoners for months, and on Friday 120 came home."
    assert moved(news, text) == {("RUS", "UKR", "120")}


@given(
    n=st.integers(min_value=2, max_value=3000).filter(lambda n: not 1800 <= n <= 2100),
    wish=st.sampled_from(["hoped to broker", "wanted", "was hoping for", "sought"]),
    when=st.sampled_from(["by the end of the year", "on Friday", "in May"]),
)
@settings(max_examples=20, deadline=None)
def test_any_wished_exchange(news: News, n: int, wish: str, when: str) -> None:
    """Whatever the size, the wish and its date, nothing moved."""
    assert moved(news, f"The mediator {wish} an exchange of {n:,} for {n:,} {when}.") == set()
