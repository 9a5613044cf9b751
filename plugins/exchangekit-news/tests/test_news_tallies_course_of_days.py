"""A figure returned "over the course of a week" sums several days' handovers: a total."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]


def test_news_bodies_returned_over_the_course_of_a_week_are_a_total(news: News) -> None:
    result = news(
        "In August, over the course of a week, about 2,300 bodies were handed to Ukraine."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.parse("about 2,300")
    assert tally.covers.start == date(2025, 8, 1)


def test_news_a_span_of_days_in_words_after_the_course_of_is_a_total_too(news: News) -> None:
    # harder: the span is a number of days in words, after the verb and its object
    result = news(
        "Kyiv said Russia had handed over 1,900 bodies of fallen soldiers in the course of "
        "three days in September."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert tally.count == Count.exact(1900)


def test_news_the_course_of_a_day_is_one_handover(news: News) -> None:
    # near miss: one day is no span of several handovers
    result = news("Over the course of a day on Tuesday, 300 prisoners were returned to Ukraine.")
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert [t.count for t in exchange.transfers] == [Count.exact(300)]


def test_news_the_course_of_some_hours_is_one_handover(news: News) -> None:
    # near miss: hours are one handover's time, not a span of several
    result = news("Over the course of 24 hours, 300 prisoners were returned to Ukraine.")
    assert result.tallies == []
