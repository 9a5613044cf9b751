"""Running totals said to count the exchange just told: dated by that exchange.

"With this exchange, the number freed has passed 4,000", "4,000 have come home,
including Monday's group" and "the office calls this the 58th swap and says 4,000 are
home" give the total as it stood once that exchange was done, so it stands on the
exchange's day, not on the day the story came out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# published Wednesday 22 October 2025; the swap told is Tuesday's
_PUBLISHED = date(2025, 10, 22)
_SWAP = (
    "LVIV, Oct 22 (Desk) - Russia handed over 84 Ukrainian soldiers on Tuesday and got "
    "84 of its own servicemen back in return.\n\n"
)


def test_news_total_with_this_exchange_stands_on_its_day(news: News) -> None:
    result = news(
        _SWAP + "With this exchange, the number of Ukrainians brought home since 2022 has "
        "gone past 4,100.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-10-21"]


def test_news_total_including_a_weekdays_group_stands_on_that_day(news: News) -> None:
    result = news(
        _SWAP + "Kyiv says 4,100 Ukrainians have now been returned from captivity since "
        "February 2022, including Tuesday's group.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-10-21"]


def test_news_total_after_calling_this_the_nth_exchange_stands_on_its_day(
    news: News,
) -> None:
    result = news(
        _SWAP + "The ombudsman calls this the 63rd swap and says 4,100 Ukrainians have now "
        "come home since 2022.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-10-21"]


def test_news_total_told_without_the_exchange_keeps_the_story_day(news: News) -> None:
    # near miss: nothing ties the total to Tuesday's exchange; it is current when told
    result = news(
        _SWAP + "Kyiv says 4,100 Ukrainians have now been returned from captivity since "
        "February 2022.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-10-22"]


def test_news_total_with_this_week_keeps_the_story_day(news: News) -> None:
    # near miss: "with this week" names no exchange
    result = news(
        _SWAP + "With this week, Kyiv says, 4,100 Ukrainians have been returned from "
        "captivity since February 2022.",
        published=_PUBLISHED,
    )
    assert "2025-10-21" not in {str(t.as_of) for t in result.tallies}


@_SETTINGS
@given(
    noun=st.sampled_from(["exchange", "swap", "handover", "operation", "round"]),
    n=st.integers(min_value=1_500, max_value=9_999),
)
def test_news_a_total_counting_this_exchange_stands_on_its_day(
    news: News, noun: str, n: int
) -> None:
    result = news(
        _SWAP + f"With this {noun}, the number of Ukrainians freed since 2022 has reached {n:,}.",
        published=_PUBLISHED,
    )
    assert {str(t.as_of) for t in result.tallies} == {"2025-10-21"}
