"""Running totals an exchange is said to have brought about: dated by that exchange.

"With this latest group, the number reunited has reached 140" tells what the exchange
just told brought the count to, so the total stands on that exchange's day even in a
statement issued some days later. A total merely "including" the exchange is counted as
the speaker tells it, and keeps the story's day when told more than a day after.
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
# a statement of Thursday 13 November 2025 about a return on Tuesday 11 November
_PUBLISHED = date(2025, 11, 13)
_RETURN = (
    "FOREIGN MINISTRY\nStatement, 13 November 2025\n\n"
    "On Tuesday 11 November, 12 Ukrainian children went home to Ukraine from Russia under "
    "Qatari mediation.\n\n"
)


def test_news_total_with_this_latest_return_stands_on_the_return_day(news: News) -> None:
    result = news(
        _RETURN + "With this latest return, the number of Ukrainian children brought home "
        "under Qatari mediation since 2023 has reached 212.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-11-11"]


def test_news_total_with_this_alone_stands_on_the_return_day(news: News) -> None:
    result = news(
        _RETURN + "With this, the number of Ukrainian children brought home under Qatari "
        "mediation since 2023 has reached 212.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-11-11"]


def test_news_total_including_the_return_told_later_keeps_the_story_day(news: News) -> None:
    # near miss: "including" counts the return in a figure told as of now, two days on
    result = news(
        _RETURN + "The ministry says 212 Ukrainian children have been brought home under "
        "Qatari mediation since 2023, including Tuesday's group.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-11-13"]


def test_news_total_with_this_week_is_not_the_return_day(news: News) -> None:
    # near miss: "with this week" names no exchange
    result = news(
        _RETURN + "With this week, the number of Ukrainian children brought home under "
        "Qatari mediation since 2023 has reached 212.",
        published=_PUBLISHED,
    )
    assert "2025-11-11" not in {str(t.as_of) for t in result.tallies}


@_SETTINGS
@given(
    latest=st.sampled_from(["this", "this latest"]),
    noun=st.sampled_from(["group", "return", "round", "handover"]),
    n=st.integers(min_value=150, max_value=999),
)
def test_news_total_with_this_group_stands_on_its_day(
    news: News, latest: str, noun: str, n: int
) -> None:
    result = news(
        _RETURN + f"With {latest} {noun}, the number of Ukrainian children brought home "
        f"under Qatari mediation since 2023 has reached {n:,}.",
        published=_PUBLISHED,
    )
    assert {str(t.as_of) for t in result.tallies} == {"2025-11-11"}
