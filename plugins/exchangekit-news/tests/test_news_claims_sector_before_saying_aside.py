"""A named sector fronting a clause stays its scope past an aside of saying set off by commas.

"In the Kupiansk direction, the ministry said, Kyiv's units lost up to 75 troops": the
aside of saying only interrupts the clause, so the losses are still one direction's
share and no claim. A running span in the clause keeps the operation's total a claim.
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
        "In the Krasnoarmeysk direction, the ministry said, Ukrainian forces lost up to 390 "
        "servicemen and 11 armoured vehicles.",
        "In the Kupiansk direction, the Russian defence ministry said, Kyiv's units lost up to "
        "75 troops over the past day.",
        "In the Siversk direction, Russian officials said on Monday, Ukraine lost up to 55 "
        "soldiers in the past 24 hours.",
    ],
)
def test_news_a_sector_before_an_aside_of_saying_is_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: a running span, and a day's national figure after an aside
        (
            "In the Kursk direction, the ministry said, Ukraine has lost more than 40,000 "
            "troops since August.",
            "more than 40,000",
        ),
        (
            "In the past day, the ministry said, Ukrainian forces lost up to 1,330 servicemen "
            "across the front.",
            "up to 1,330",
        ),
    ],
)
def test_news_a_span_or_the_whole_front_past_an_aside_stays_a_claim(
    news: News, found: Found, text: str, count: str
) -> None:
    assert found(news(text)) == {("UKR", "total_losses", Count.parse(count))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=5, max_value=1_700),
    sector=st.sampled_from(["Pokrovsk direction", "Lyman axis", "Zaporizhzhia sector"]),
)
def test_news_a_sectors_share_past_an_aside_is_never_a_claim(
    news: News, n: int, sector: str
) -> None:
    text = f"In the {sector}, the ministry said, Ukrainian units lost up to {n:,} servicemen."
    assert news(text).claims == []
