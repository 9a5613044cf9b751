"""A briefing's window between a loss count and its named "direction" leaves it a sector's share.

"Kyiv lost 450 troops over the past day in the Lyman direction": the window ("over
the past day", "in the previous 24 hours", "over the past week") may stand between
the noun group and the sector it names, and the count stays one sector's share, no
side's claim, as when the sector follows the noun group directly. A window followed
by no sector, or by a side's whole front, leaves the claim standing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said Kyiv's forces had lost up to 450 troops over the "
        "past day in the Lyman direction.",
        "Ukraine lost more than 2,100 servicemen over the past week in the Pokrovsk direction "
        "alone, Moscow claimed on Sunday.",
        "According to the ministry, Ukrainian units lost 265 soldiers killed and wounded in the "
        "previous 24 hours on the Kherson direction.",
    ],
)
def test_news_a_window_before_a_named_direction_keeps_it_a_sectors_share(
    news: News, text: str
) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the window with no sector after it: the side's whole loss for the week
        (
            "Ukraine lost more than 2,100 servicemen over the past week, Moscow claimed on Sunday.",
            "more than 2,100",
        ),
        # a window then the whole front: no one sector
        (
            "The Russian defence ministry said Kyiv's forces had lost 1,450 troops over the past "
            "day along the entire front line.",
            "1,450",
        ),
    ],
)
def test_news_a_window_with_no_named_sector_after_it_leaves_the_claim(
    news: News, text: str, count: str
) -> None:
    assert [c.count for c in news(text).claims] == [Count.parse(count)]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=20, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    window=st.sampled_from(["over the past day", "over the past week", "in the last 24 hours"]),
    place=st.sampled_from(["Pokrovsk", "Kupiansk", "Lyman", "Huliaipole"]),
)
def test_news_a_window_then_a_named_direction_is_never_a_claim(
    news: News, n: int, window: str, place: str
) -> None:
    text = (
        f"The Russian defence ministry said Ukraine had lost {n:,} servicemen {window} in the "
        f"{place} direction."
    )
    assert news(text).claims == []
