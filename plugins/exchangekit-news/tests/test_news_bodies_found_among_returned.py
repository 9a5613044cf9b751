"""Bodies "found among" those handed over are a part found, not a handover of their own.

"Kyiv said it had found 15 bodies of Russian soldiers among the remains it got back in
past handovers" tells what identification turned up in earlier batches: no side handed
those 15 to the other, so no exchange and no running total is read from them. A handover
of bodies that were found somewhere ("received the bodies of 40 men found near Izium")
is still read.
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
        "The ministry said it had found at least 15 bodies of Russian soldiers among "
        "the remains returned in past handovers.",
        "Kyiv says it has found 32 bodies of Russian troops among those handed over "
        "in earlier repatriations.",
        "Forensic teams discovered 9 bodies of Ukrainian servicemen among the remains "
        "Russia received in previous exchanges, officials said.",
    ],
)
def test_news_bodies_found_among_handed_over_are_no_handover(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text, published="2025-06-20")
    assert result.exchanges == []
    assert result.tallies == []


def test_news_handover_of_bodies_found_somewhere_is_read(news: Callable[..., Any]) -> None:
    # near-miss: "found" after the figure says where the dead lay; the handover stands
    result = news(
        "Ukraine received the bodies of 40 soldiers found near Izium on Friday, the "
        "coordination headquarters said.",
        published="2025-06-20",
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
@given(st.integers(min_value=2, max_value=1700), st.sampled_from(["Russian", "Ukrainian"]))
def test_news_bodies_found_among_any_figure(news: Callable[..., Any], n: int, side: str) -> None:
    """Whatever the figure and the side, bodies found among a batch are no handover."""
    result = news(
        f"Officials said they had found {n:,} bodies of {side} soldiers among the remains "
        "returned in earlier handovers.",
        published="2025-06-20",
    )
    assert result.exchanges == []
    assert result.tallies == []
