"""A group's "zone of responsibility", like its "area of responsibility", is part of the front.

'In the zone of responsibility of the "North" group, Ukrainian forces lost up to 210
servicemen': Russian briefings give each group of forces its own zone, so the losses
told for it are that zone's share of the front's, never a side's claim.
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
        'In the zone of responsibility of the "North" group, Ukrainian forces lost up to 210 '
        "servicemen over the past day, the ministry said.",
        "In the zone of responsibility of the Dnipro group of forces, the Russian defence "
        "ministry said, Ukraine lost up to 95 soldiers.",
        'Ukrainian units lost up to 340 troops in the zone of responsibility of the "South" '
        "grouping, the ministry said on Tuesday.",
        'In the zone of responsibility of the "Centre" group of forces alone, the ministry '
        "said, Ukraine's losses amounted to up to 2,750 servicemen over the week.",
    ],
)
def test_news_a_groups_zone_of_responsibility_is_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: a zone named by no group ("the combat zone") and the zone of
        # all groups together are the whole front
        (
            "Over the past day, Ukrainian forces lost up to 1,250 servicemen in the combat "
            "zone, the ministry said.",
            "up to 1,250",
        ),
        (
            "Over the past day, the ministry said, Ukrainian forces lost up to 1,180 servicemen "
            "in the zone of responsibility of all groups of forces.",
            "up to 1,180",
        ),
        (
            "Ukrainian units lost up to 1,420 troops over the past day in the area of "
            "responsibility of every group of forces, the ministry said.",
            "up to 1,420",
        ),
    ],
)
def test_news_the_whole_front_stays_a_claim(
    news: News, found: Found, text: str, count: str
) -> None:
    assert found(news(text)) == {("UKR", "total_losses", Count.parse(count))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=5, max_value=4_000).filter(lambda n: not 1_800 <= n <= 2_100),
    noun=st.sampled_from(["zone", "area"]),
    group=st.sampled_from(['"West"', '"Vostok"', "Dnipro"]),
)
def test_news_a_groups_share_is_never_a_claim(news: News, n: int, noun: str, group: str) -> None:
    text = (
        f"In the {noun} of responsibility of the {group} group of forces, the ministry said, "
        f"Ukrainian units lost up to {n:,} servicemen over the past day."
    )
    assert news(text).claims == []
