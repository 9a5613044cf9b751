"""A toll "from" one attack is that attack's news, not a side's claim of war losses.

"The death toll from that attack has risen to 32": the toll names its attack with a
singular noun marked as one event ("that", "the", "Tuesday's" aside), so the figure
counts one event's dead. A toll from many attacks ("Russian attacks") or a running toll
("since May", "in total") is still read as a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's civilian death toll from that attack on the suburbs had climbed to 41, "
        "the city council said.",
        "Kyiv said the death toll of Ukrainian civilians from the missile strike on the "
        "market had risen to 17.",
        "The UN said the death toll among Ukrainian civilians from the explosion at the "
        "depot had reached 12.",
    ],
)
def test_news_a_toll_from_one_attack_is_no_claim(news: News, text: str) -> None:
    assert list(news(text).claims) == []


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: many attacks, the toll of a campaign
        "Kyiv said the death toll of Ukrainian civilians from Russian attacks had risen to 1,300.",
        "The UN said the death toll among Ukrainian civilians from Russian strikes had "
        "risen to 1,300.",
    ],
)
def test_news_a_toll_of_many_attacks_stays_a_claim(news: News, text: str) -> None:
    assert [c.count.low for c in news(text).claims] == [1_300]


@given(st.integers(min_value=2, max_value=900))
def test_news_no_toll_from_one_attack_is_ever_a_claim(news: News, n: int) -> None:
    text = f"Kyiv said the death toll of Ukrainian civilians from that strike had risen to {n}."
    assert list(news(text).claims) == []
