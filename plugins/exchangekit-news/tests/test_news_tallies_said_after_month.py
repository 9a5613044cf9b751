"""Running totals a speaker gave on a day, over a span a bare month opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def test_news_total_said_on_a_day_under_a_months_deal_stands_on_that_day(news: News) -> None:
    # published Thursday 23 October 2025: "on Tuesday" is 21 October, "September" the start
    result = news(
        "Moscow's chief negotiator said on Tuesday that Russia had so far returned more "
        "than 4,000 bodies under the September arrangement."
    )
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert str(tally.as_of) == "2025-10-21"
    assert tally.covers.start.month == 9


def test_news_total_after_a_fronted_day_of_speaking(news: News) -> None:
    # a harder form: the day opens the sentence, an aside stands before the verb of saying
    result = news(
        "On Tuesday, at the end of the meeting, the Russian envoy said Moscow had so far "
        "handed over more than 4,000 bodies under the September deal and had received "
        "fewer than 60 in return."
    )
    dates = {str(t.as_of) for t in result.tallies}
    assert dates == {"2025-10-21"}
    assert {t.count for t in result.tallies} == {Count.more_than(4000), Count.fewer_than(60)}


def test_news_fronted_day_of_a_handover_is_no_day_of_speaking(news: News) -> None:
    # near miss: a figure comes before the verb of saying, so the day is the handover's
    result = news(
        "On Tuesday, 300 bodies were brought home, the envoy said, as the September deal went on."
    )
    assert all(str(t.as_of) != "2025-10-21" or t.count == Count.exact(300) for t in result.tallies)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    day=st.sampled_from(["Monday", "Tuesday", "Wednesday"]),
    month=st.sampled_from(["July", "August", "September"]),
    value=st.integers(min_value=1_001, max_value=9_999),
)
def test_news_said_day_never_later_than_the_story_and_never_the_month(
    news: News, day: str, month: str, value: int
) -> None:
    result = news(
        f"The official said on {day} that {value:,} bodies had been handed to Ukraine under "
        f"the {month} deal."
    )
    for tally in result.tallies:
        assert str(tally.as_of).startswith("2025-10-2"), str(tally.as_of)
