"""People "held or missing" are one mixed group, read as missing whichever word comes first.

A figure for people "missing or in captivity" counts a group whose members are either
missing or held, and no one can say how many are which; the corpus codes such a group as
missing. The same group told the other way round ("held or missing", "detained or
missing", "in Russian custody or missing") is the same group, so it gets the same
category. A figure told as held alone stays captured.
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
    ("text", "count"),
    [
        ("Kyiv says 7,200 Ukrainian soldiers are held or missing.", "7,200"),
        ("Kyiv says some 4,500 Ukrainian troops remain held by Russia or missing.", "some 4,500"),
        ("The ombudsman said 1,300 Ukrainian civilians were detained or missing.", "1,300"),
        ("Kyiv says 2,600 Ukrainian marines are in Russian custody or missing.", "2,600"),
        # the order the corpus codes already: kept
        ("Kyiv says 7,200 Ukrainian soldiers are missing or held.", "7,200"),
        ("Kyiv says 7,200 Ukrainian soldiers are missing or in captivity.", "7,200"),
    ],
)
def test_news_held_or_missing_is_missing_in_either_order(
    news: News, found: Found, text: str, count: str
) -> None:
    assert found(news(text)) == {("UKR", "missing", Count.parse(count))}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: held alone, or held with the missing told as a figure of their own
        ("Kyiv says 7,200 Ukrainian soldiers are held by Russia.", "7,200"),
        ("Kyiv says 7,200 Ukrainian soldiers are held, and many more are missing.", "7,200"),
    ],
)
def test_news_held_alone_stays_captured(news: News, found: Found, text: str, count: str) -> None:
    assert ("UKR", "captured", Count.parse(count)) in found(news(text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=2, max_value=90_000).filter(lambda n: not 1800 <= n <= 2100),
    held=st.sampled_from(["held", "captured", "detained", "in captivity", "imprisoned"]),
)
def test_news_the_order_of_held_and_missing_never_changes_the_reading(
    news: News, found: Found, n: int, held: str
) -> None:
    first = found(news(f"Kyiv says {n:,} Ukrainian soldiers are {held} or missing."))
    second = found(news(f"Kyiv says {n:,} Ukrainian soldiers are missing or {held}."))
    assert first == second == {("UKR", "missing", Count.exact(n))}
