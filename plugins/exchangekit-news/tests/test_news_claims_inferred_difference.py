"""A figure in a clause of inference from the figures just told is no claim.

"The toll passed 300,000 in March and 420,000 in August, which means that Russia lost
120,000 soldiers in five months": "which means (that)" or "meaning (that)" draws the
figure from the ones before it, the writer's arithmetic, not a count anyone gave. A
clause of inference that holds no figure leaves the figures before it standing.
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
    ("text", "inferred"),
    [
        (
            "The toll passed 300,000 in March and 420,000 in August, which means that, by "
            "Kyiv's count, Russia lost 120,000 soldiers in five months.",
            "120,000",
        ),
        (
            "Kyiv put Russian losses at 600,000 in January and 700,000 in June, meaning Russia "
            "lost about 100,000 troops over the spring.",
            "about 100,000",
        ),
        (
            "The ministry gave 80,000 in May and 95,000 in October, which means Ukraine lost "
            "15,000 servicemen in the summer, by Moscow's count.",
            "15,000",
        ),
    ],
)
def test_news_a_figure_inferred_from_those_told_is_no_claim(
    news: News, found: Found, text: str, inferred: str
) -> None:
    assert Count.parse(inferred) not in {count for _, _, count in found(news(text))}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # near misses: the inference holds no figure, so the figure before it stands
        (
            "Russia has lost 700,000 soldiers, which means its army has been rebuilt twice, "
            "Kyiv said.",
            ("RUS", "total_losses", Count.parse("700,000")),
        ),
        (
            "Officials said 46,000 Ukrainian soldiers had been killed, meaning that the army "
            "needs new recruits.",
            ("UKR", "killed", Count.parse("46,000")),
        ),
    ],
)
def test_news_a_figure_before_an_inference_stays_a_claim(
    news: News, found: Found, text: str, claim: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {claim}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.integers(min_value=100, max_value=400).map(lambda k: k * 1_000),
    gap=st.integers(min_value=10, max_value=90).map(lambda k: k * 1_000),
)
def test_news_the_writers_difference_is_never_a_claim(news: News, first: int, gap: int) -> None:
    text = (
        f"The count passed {first:,} in March and {first + gap:,} in August, which means "
        f"that Russia lost {gap:,} soldiers in five months."
    )
    assert Count.parse(f"{gap:,}") not in {c.count for c in news(text).claims}
