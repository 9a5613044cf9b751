"""A side's count of people captured during an operation is its claim, active or passive.

"Kyiv says its forces captured 480 Russian soldiers during the incursion" and "Kyiv says
480 Russian soldiers were captured during the incursion" tell the same count by the same
side, so both read the same way: a claim of that many captured, as the corpus codes
the active form in most sets. A capture told in a clause of place ("the district, where
they seized 40 conscripts") is still one place's haul, no claim.
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
        ("Kyiv says 480 Russian conscripts were captured during the Belgorod operation.", "480"),
        (
            "Kyiv says its forces captured 480 Russian conscripts during the Belgorod operation.",
            "480",
        ),
        ("Moscow said 95 Ukrainian marines had been captured in its counteroffensive.", "95"),
        ("Moscow said its troops had captured 95 Ukrainian marines in its counteroffensive.", "95"),
        (
            "Kyiv says its units captured over 700 Russian soldiers in the first days of the raid.",
            "over 700",
        ),
        # near misses that were claims before: a month or the whole war
        ("Kyiv says hundreds of Russian soldiers were captured in August.", "hundreds"),
        ("Kyiv says hundreds of Russian soldiers were captured during the war.", "hundreds"),
    ],
)
def test_news_a_capture_during_an_operation_is_the_sides_claim(
    news: News, found: Found, text: str, count: str
) -> None:
    assert ("RUS" if "Russian" in text else "UKR", "captured", Count.parse(count)) in found(
        news(text)
    )


def test_news_a_capture_in_a_clause_of_place_stays_no_claim(news: News) -> None:
    text = (
        "Ukrainian troops pushed into the district, where they captured 40 Russian "
        "conscripts, officials said."
    )
    assert news(text).claims == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=2, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    operation=st.sampled_from(["incursion", "raid", "offensive", "operation"]),
)
def test_news_active_and_passive_captures_in_an_operation_read_alike(
    news: News, found: Found, n: int, operation: str
) -> None:
    passive = found(news(f"Kyiv says {n:,} Russian soldiers were captured during the {operation}."))
    active = found(
        news(f"Kyiv says its forces captured {n:,} Russian soldiers during the {operation}.")
    )
    assert passive == active == {("RUS", "captured", Count.exact(n))}
