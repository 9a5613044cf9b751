"""A part set off after a whole ("95 ..., including 15 marines") goes only where its whole goes.

"The Red Cross said 95 soldiers had been returned on June 11, including 15 marines": the 15
are some of the 95. When the whole's way cannot be read (a passive with no side
named), the part has no way of its own either: no leg, rather than the part sent
the wrong way by the teller's name. A whole whose way is read keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count


def _legs(result: Any) -> list[tuple[str, str, Count]]:
    return [
        (t.sender.code, t.receiver.code, t.count) for e in result.exchanges for t in e.transfers
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross said that 95 soldiers had been returned on June 11, including 15 marines.",
        "Moscow said 40 prisoners were handed over on Friday, including 12 officers.",
        "The monitors said 210 soldiers were returned on Tuesday, including 35 officers.",
    ],
)
def test_news_part_of_unread_whole_is_not_read(news: Callable[..., Any], text: str) -> None:
    result = news(text, published="2023-06-17")
    assert _legs(result) == []


def test_news_part_of_read_whole_leaves_the_whole(news: Callable[..., Any]) -> None:
    # near-miss: the whole's way is read, and it alone is the handover
    result = news(
        "Ukraine got back 95 soldiers on June 11, including 15 marines.", published="2023-06-17"
    )
    assert _legs(result) == [("RUS", "UKR", Count.parse("95"))]


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=20, max_value=1700), st.integers(min_value=2, max_value=19))
def test_news_part_of_unread_whole_any_figures(
    news: Callable[..., Any], whole: int, part: int
) -> None:
    """Whatever the sizes, a part never goes a way its unread whole did not."""
    result = news(
        f"Kyiv said that {whole:,} soldiers had been returned on June 11, including "
        f"{part:,} marines.",
        published="2023-06-17",
    )
    assert all(count != Count.parse(f"{part:,}") for _, _, count in _legs(result))
