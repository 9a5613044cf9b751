"""A running total put by a named office, the sentence after one that named losses.

"The staff publish a daily count of Russian losses. It put the total at 990,000": the
pronoun takes up the teller of losses, so the bare total is theirs. A named office of
exchanges, or a sentence telling of a swap, puts its own total, not the losses'.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 10)


@given(count=st.integers(min_value=2000, max_value=6000))
@settings(max_examples=10, deadline=None)
def test_news_a_swap_total_after_a_sentence_on_losses(news: News, count: int) -> None:
    text = (
        "The president spoke about Russian losses on Monday. After the newest "
        f"swap, the coordination headquarters put the total at {count:,}."
    )
    tallies = news(text, published=PUBLISHED).tallies
    assert any(str(t.count) == f"{count:,}" for t in tallies)


def test_news_a_pronoun_takes_up_the_loss_teller(news: News) -> None:
    # near miss: "It" takes up the teller of losses; the total is no count of swaps
    text = "The general staff issues a daily tally of Russian losses. It put the total at 985,000."
    result = news(text, published=PUBLISHED)
    assert not result.tallies
    assert not result.exchanges
