"""A total "over the same fortnight" as the total told just before spans what that one spans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count, Period

News = Callable[..., Any]


def test_news_a_total_over_the_same_fortnight_stands_where_the_one_before_does(
    news: News,
) -> None:
    result = news(
        "Between 2 and 12 March, in four stages, Kyiv took back 3,880 bodies in all. "
        "Moscow, over the same fortnight, got back 64 of its own."
    )
    assert result.exchanges == []
    totals = {(t.sender.code, t.receiver.code, t.count): t for t in result.tallies}
    back = totals[("UKR", "RUS", Count.exact(64))]
    first = totals[("RUS", "UKR", Count.exact(3880))]
    assert back.as_of == first.as_of
    assert back.covers == first.covers


def test_news_a_total_over_the_same_weeks_takes_the_start_of_a_since_total(news: News) -> None:
    # harder: the first total has only its start; the second sentence opens with the span
    result = news(
        "Since May, Ukraine has received 2,400 bodies from Russia. Over the same weeks, "
        "Russia received 51 bodies."
    )
    assert result.exchanges == []
    (back,) = [t for t in result.tallies if t.receiver.code == "RUS"]
    assert back.count == Count.exact(51)
    assert back.covers.start == date(2025, 5, 1)
    assert back.as_of == Period.day(date(2025, 10, 23))


def test_news_the_same_period_of_a_report_is_left_to_the_reports_own_span(news: News) -> None:
    # near miss: "in the same period" is no span named by its unit; nothing is copied
    result = news(
        "Since May, Ukraine has received 2,400 bodies from Russia. In the same period, "
        "Russia received 51 bodies."
    )
    (back,) = [t for t in result.tallies if t.receiver.code == "RUS"]
    assert back.count == Count.exact(51)
