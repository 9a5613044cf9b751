"""A swap the sides "agreed in principle on" is a plan, however its size is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow have agreed in principle on a 310-for-310 exchange.",
        "The two delegations agreed in principle on an exchange of 480 for 480, an aide said.",
        "Russia and Ukraine had agreed in principle on a swap of 1,200 prisoners each way.",
    ],
)
def test_news_agreed_in_principle_is_no_handover(news: News, text: str) -> None:
    assert news(text).exchanges == []


def test_news_a_swap_done_after_agreement_in_principle_is_read(news: News) -> None:
    """Near miss: the handover told after the agreement is done, on its own day."""
    text = (
        "After the sides agreed in principle on the exchange last week, Russia and Ukraine "
        "swapped 150 prisoners of war each on Tuesday."
    )
    counts = sorted(str(t.count) for e in news(text).exchanges for t in e.transfers)
    assert counts == ["150", "150"]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    noun=st.sampled_from(["exchange", "swap", "prisoner exchange"]),
)
def test_news_any_size_agreed_in_principle_is_no_handover(news: News, n: int, noun: str) -> None:
    text = f"Ukraine and Russia have agreed in principle on a {n:,}-for-{n:,} {noun}."
    assert news(text).exchanges == []
