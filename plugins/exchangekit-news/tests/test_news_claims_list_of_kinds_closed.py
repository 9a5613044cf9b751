"""A list of kinds of loss ending in "missing" names a total, not the missing alone.

"put the total of Ukrainian killed, wounded and missing at roughly 420,000": the last
kind closes a list of three, so the figure counts every kind together (total losses);
read as the missing alone it would print a number several times the real register.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "Independent researchers, who spent months on the data, now put the total of "
            "Ukrainian killed, wounded and missing at roughly 420,000, a senior analyst said.",
            "UKR",
            Count.parse("roughly 420,000"),
        ),
        (
            "Kyiv says that its killed, wounded and missing together now exceed 300,000.",
            "UKR",
            Count.parse("more than 300,000"),
        ),
    ],
)
def test_news_list_closed_by_missing_is_a_total(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    text: str,
    side: str,
    count: Count,
) -> None:
    """The closing kind of a list of three gives total losses, never missing."""
    read = found(news(text))
    assert (side, "total_losses", count) in read
    assert (side, "missing", count) not in read


def test_news_missing_alone_stays_missing(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """Near miss: with no list before it, "missing" is still the figure's own kind."""
    text = (
        "The register of Ukrainian soldiers and civilians missing, the ombudsman said on "
        "Monday, had grown to more than 70,000."
    )
    read = found(news(text))
    assert ("UKR", "missing", Count.parse("more than 70,000")) in read
    assert all(kind != "total_losses" for _, kind, _ in read)
