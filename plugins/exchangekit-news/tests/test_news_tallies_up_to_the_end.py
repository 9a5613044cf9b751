"""Running totals counted "up to (until) the end of" a month: as of its last day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def test_news_total_up_to_the_end_of_a_month_stands_on_its_last_day(news: News) -> None:
    # published Thursday 23 October 2025: the count closed on 30 September, not on the 23rd
    result = news(
        "All told, 5,900 Ukrainians had been released from Russian captivity up to the "
        "end of September, the coordination office said."
    )
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert str(tally.as_of) == "2025-09-30"
    assert tally.covers.start.year == 2022  # the whole war, not the month of September
    assert not result.exchanges  # a sum, not one handover in September


def test_news_total_until_the_end_of_a_month_without_an_opener(news: News) -> None:
    # a harder form: no "in total" or "all told"; "until" closes the count
    result = news(
        "The ombudsman's office said 5,900 Ukrainians had come home from captivity "
        "until the end of September."
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2025-09-30"
    assert not result.exchanges


def test_news_until_the_end_of_an_event_dates_no_total(news: News) -> None:
    # near miss: "until the end of the war" tells where people will stay, not a count's day
    result = news(
        "On Tuesday 150 Ukrainians were freed, among them officers who are to stay in a "
        "third country until the end of the war."
    )
    assert not result.tallies
    (exchange,) = result.exchanges
    assert str(exchange.period) == "2025-10-21"


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    opener=st.sampled_from(["up to", "until"]),
    month=st.sampled_from(["June", "July", "August", "September"]),
    value=st.integers(min_value=1_001, max_value=9_999),
)
def test_news_count_closed_at_a_month_end_is_never_the_story_day(
    news: News, opener: str, month: str, value: int
) -> None:
    # the invariant: a count closed at a month's end stands on that month's last day
    result = news(
        f"In total, {value:,} Ukrainians had been freed in exchanges {opener} the end of "
        f"{month}, officials said."
    )
    (tally,) = result.tallies
    assert tally.as_of.start == tally.as_of.end
    assert tally.as_of.start.strftime("%B") == month
    assert (tally.as_of.start + timedelta(days=1)).day == 1  # the month's last day
    assert not result.exchanges
