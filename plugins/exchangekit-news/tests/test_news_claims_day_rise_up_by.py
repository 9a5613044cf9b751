"""A day's rise set off after a running total as ", up by N over the past day".

"On Monday the count stood at 870,500, up by about 1,150 over the previous 24 hours":
the rise, with "by" or without it, is the day's share of the total just told, the
same side's losses of the same kind. A rise over a span longer than a day is no
day's figure and stays unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_OPENING = "Kyiv's General Staff keeps a daily count of Russian losses. "


@_SETTINGS
@given(
    total=st.integers(min_value=300, max_value=990).map(lambda k: k * 1000 + 40),
    rise=st.integers(min_value=400, max_value=1700),
    hedge=st.sampled_from(["", "some ", "about ", "nearly "]),
    window=st.sampled_from(["over the previous 24 hours", "in the past day"]),
)
def test_news_a_rise_up_by_is_the_days_share(
    news: News, found: Found, total: int, rise: int, hedge: str, window: str
) -> None:
    """Whatever the counts and hedge: the rise is Russia's losses, told beside the total."""
    text = _OPENING + f"On Monday the count stood at {total:,}, up by {hedge}{rise:,} {window}."
    read = found(news(text))
    assert ("RUS", "total_losses", Count.exact(total)) in read
    assert {(s, k) for s, k, _ in read} == {("RUS", "total_losses")}
    assert len(read) == 2


def test_news_up_without_by_keeps_its_reading(news: News, found: Found) -> None:
    text = _OPENING + "On Monday the count stood at 871,040, up 1,310 over the previous 24 hours."
    assert ("RUS", "total_losses", Count.exact(1_310)) in found(news(text))


def test_news_a_rise_over_a_month_is_no_days_share(news: News, found: Found) -> None:
    """The near miss: a rise since a month ago counts no one day, so it is not read."""
    text = _OPENING + "On Monday the count stood at 871,040, up by 31,000 since January."
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(871_040))}
