"""A running count of losses taken up again keeps its value when the value is hedged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's army issues a daily count of Russian losses. On Monday it stood at "
            "about 912,000.",
            ("RUS", "total_losses", Count.approx(912_000)),
        ),
        (
            "Moscow keeps a running tally of Ukrainian casualties. On Tuesday that tally "
            "stood at more than 480,000.",
            ("UKR", "total_losses", Count.more_than(480_000)),
        ),
        (
            'The staff posts a morning figure for Russian "personnel losses". By Friday it '
            "stood at nearly 1,050,000.",
            ("RUS", "total_losses", Count.nearly(1_050_000)),
        ),
    ],
)
def test_news_a_running_count_stood_at_a_hedged_value(
    news: Callable[..., Any], found: Found, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # no count of losses named before: what stood at the value is something else
        "The ministry published its budget plan. On Monday it stood at about 912,000.",
        "Kyiv keeps a count of Russian losses at sea. On Monday it stood at about 30 ships.",
    ],
)
def test_news_a_hedged_value_of_no_count_of_losses_is_no_claim(
    news: Callable[..., Any], found: Found, text: str
) -> None:
    assert found(news(text)) == set()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(
    st.integers(min_value=2_200, max_value=2_000_000),
    st.sampled_from(["about", "more than", "nearly", "roughly"]),
    st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
)
def test_news_a_hedged_running_count_keeps_its_side_and_hedge(
    news: Callable[..., Any], found: Found, n: int, hedge: str, side: tuple[str, str]
) -> None:
    adjective, code = side
    text = (
        f"The staff publishes a daily count of {adjective} losses. "
        f"On Monday it stood at {hedge} {n:,}."
    )
    assert found(news(text)) == {(code, "total_losses", Count.parse(f"{hedge} {n:,}"))}
