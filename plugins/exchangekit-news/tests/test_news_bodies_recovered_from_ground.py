"""Bodies a side "recovered from the battlefield" were found on the ground, not handed over.

"Kyiv said it had recovered the bodies of 12 soldiers from the battlefield near Bakhmut"
tells a side's own search teams at work, with no other side handing anyone over: no
exchange is read. Bodies recovered "from Russia" (a side named after "from") are still
a handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Tuesday it had recovered the bodies of 12 soldiers from the "
        "battlefield near Bakhmut.",
        "Ukraine recovered the remains of 31 servicemen from territory liberated in the "
        "east, officials said.",
        "Search teams recovered 7 bodies from the front line last week, the army said.",
    ],
)
def test_news_bodies_recovered_from_ground_are_no_handover(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text, published="2023-08-08")
    assert result.exchanges == []


def test_news_bodies_recovered_from_a_side_are_a_handover(news: Callable[..., Any]) -> None:
    # near-miss: "from Russia" names the side that handed them over
    result = news(
        "Ukraine recovered the bodies of 40 soldiers from Russia on Friday, officials said.",
        published="2023-08-08",
    )
    legs = [
        (t.sender.code, t.receiver.code, t.category, t.count)
        for e in result.exchanges
        for t in e.transfers
    ]
    assert legs == [("RUS", "UKR", PersonCategory.REMAINS, Count.parse("40"))]


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=1700),
    st.sampled_from(["the battlefield", "territory retaken in the south", "the front line"]),
)
def test_news_recovered_from_ground_any_figure(
    news: Callable[..., Any], n: int, ground: str
) -> None:
    """Whatever the figure and the ground, a recovery from it hands no one over."""
    result = news(
        f"Ukraine said it had recovered the bodies of {n:,} soldiers from {ground}.",
        published="2023-08-08",
    )
    assert result.exchanges == []
