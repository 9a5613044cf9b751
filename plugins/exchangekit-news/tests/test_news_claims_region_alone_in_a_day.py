"""A day's losses "in the X region alone": one place's share of the day, no claim.

"Alone" sets a place apart as a part of a larger whole. In a day's or a week's
briefing the figure is the place's share of that day's losses, as a named
direction's is; over a running span ("since August") a region's losses stay a
claim, and a region named without "alone" keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
DAY = date(2025, 2, 5)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Over the past day, Russia's defence ministry said, Ukrainian forces lost up to "
            "1,100 servicemen in all directions. In the Kharkiv region alone, according to "
            "the ministry, Ukrainian units lost more than 310 servicemen and two tanks in a day.",
            Count.parse("up to 1,100"),
        ),
        (
            "Over the past day, the ministry said, Ukrainian forces lost about 1,050 troops, "
            "and they lost up to 180 servicemen in the Belgorod region alone.",
            Count.approx(1_050),
        ),
        # harder: the week's briefing, the region fronting its clause with no comma
        (
            "Over the past week, Moscow said, Ukraine lost more than 8,000 troops. In the "
            "Zaporizhzhia region alone Ukrainian forces lost up to 1,900 soldiers over the "
            "past week.",
            Count.more_than(8_000),
        ),
    ],
)
def test_news_a_days_losses_in_a_region_alone_are_its_share(
    news: News, text: str, whole: Count
) -> None:
    assert [c.count for c in news(text, published=DAY).claims] == [whole]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-miss: over a running span the region's losses stay a claim
        (
            "Moscow says Ukraine has lost 70,000 troops in the Kursk region alone since August.",
            Count.exact(70_000),
        ),
        # near-miss: a month alone is a period of the whole front, not a place
        (
            "The ministry said Ukraine had lost more than 30,000 servicemen in March alone.",
            Count.more_than(30_000),
        ),
    ],
)
def test_news_a_span_or_a_month_alone_keeps_its_claim(
    news: News, text: str, expected: Count
) -> None:
    assert [c.count for c in news(text, published=DAY).claims] == [expected]


@given(st.integers(min_value=2_200, max_value=9_000), st.integers(min_value=101, max_value=999))
def test_news_a_regions_share_is_never_a_claim_beside_the_days_whole(
    news: News, whole: int, part: int
) -> None:
    text = (
        f"Over the past day, the ministry said, Ukrainian forces lost up to {whole:,} "
        f"servicemen. In the Sumy region alone, Ukrainian units lost {part} servicemen "
        "over the past day."
    )
    assert [c.count for c in news(text, published=DAY).claims] == [Count.parse(f"up to {whole:,}")]
