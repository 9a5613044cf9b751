"""A day's losses in one named "direction" of the front are a sector's share, no claim.

Convention 8 of the newest coding brief: daily figures for one sector ("in the
Pokrovsk direction") are not casualty claims. Russian and Ukrainian military English
names its sectors "directions", as it names "zones" and "axes". Over a running span
("since August ... in the Kursk direction") the word names a whole operation's losses,
and a direction joined to "other sectors" names no one sector: both stay claims, as
does a national total with a sector's share beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "In the Kupiansk direction, up to 70 Ukrainian servicemen were killed, the ministry said.",
        "Over the past day Kyiv's forces lost up to 290 servicemen in the Pokrovsk direction, "
        "the Russian defence ministry said.",
        "On the Lyman direction alone, Ukrainian units lost up to 85 servicemen over the "
        "day, the ministry reported.",
    ],
)
def test_news_a_days_losses_in_one_direction_are_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a running span: the direction names a whole operation
        (
            "Ukraine has lost more than 76,000 troops in the Kursk direction since August, "
            "the Russian defence ministry said.",
            "more than 76,000",
        ),
        # the direction joined to the rest of the front
        (
            "Since February 2022 Kyiv has lost more than 600,000 men in the Kursk direction "
            "and other sectors combined, the ministry said.",
            "more than 600,000",
        ),
        # a national total with a sector's share beside it
        (
            "According to the General Staff, Russia lost 1,130 troops over the past day, "
            "including 410 in the Pokrovsk direction.",
            "1,130",
        ),
    ],
)
def test_news_a_direction_over_a_span_or_beside_a_total_leaves_the_claim(
    news: News, text: str, count: str
) -> None:
    assert [str(c.count) for c in news(text).claims] == [count]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    place=st.sampled_from(["Pokrovsk", "Kupiansk", "Zaporizhzhia", "Donetsk"]),
)
def test_news_a_days_figure_in_a_named_direction_is_never_a_claim(
    news: News, n: int, place: str
) -> None:
    text = (
        f"Over the past day Ukrainian forces lost up to {n:,} servicemen in the {place} "
        "direction, the Russian defence ministry said."
    )
    assert news(text).claims == []
