"""People "captured during the incursion" are one operation's haul, no side's claim.

"Kyiv says 600 Russian conscripts were captured during the Kursk operation": a passive
capture tied by "during" or "in" to one raid, offensive or operation counts what that
operation took, as "the region, where they captured hundreds" does. A capture dated to
a month, or told over the whole war, stays a side's count of the captured.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 600 Russian conscripts were captured during the Kursk operation.",
        "Russia says 120 Ukrainian soldiers were captured in the offensive near Robotyne.",
        "Moscow claimed 85 Ukrainian troops had been captured during its counteroffensive.",
        "Ukrainian officials have said that hundreds of Russian soldiers were captured during "
        "the incursion, which Moscow has not confirmed.",
    ],
)
def test_news_a_capture_in_one_operation_is_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: a month, the whole war or an assault told as a side's losses
        ("Kyiv says hundreds of Russian soldiers were captured in August.", "hundreds"),
        ("Kyiv says hundreds of Russian soldiers were captured during the war.", "hundreds"),
        ("Kyiv says 12 Russian soldiers were captured in the assault.", "12"),
        ("Kyiv says 6,400 Russian soldiers are held in Ukraine.", "6,400"),
    ],
)
def test_news_a_capture_over_a_month_or_the_war_stays_a_claim(
    news: News, found: Found, text: str, count: str
) -> None:
    assert found(news(text)) == {("RUS", "captured", Count.parse(count))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=2, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    operation=st.sampled_from(["incursion", "raid", "offensive", "operation"]),
)
def test_news_one_operations_haul_is_never_a_claim(news: News, n: int, operation: str) -> None:
    text = f"Kyiv says {n:,} Russian soldiers were captured during the {operation}."
    assert news(text).claims == []
