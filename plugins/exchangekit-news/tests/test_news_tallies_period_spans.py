"""A total's span read from its own words: "over the year", "the month's total", "in tranches".

A running total must cover the period the text names, never a guessed "since 2022":
"received fewer than 300 bodies over the year" sums that year; "brought the month's
total to 4,100" sums that month; "in June ... handed over 5,000 bodies in batches of
about 1,000" sums June's handovers. "each time involving about 900 bodies" sizes every
handover listed, so it is no total at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_YEAR_END = date(2025, 12, 29)


def _tally(result: Any, count: Count) -> Any:
    (tally,) = [t for t in result.tallies if t.count == count]
    return tally


def test_news_a_total_over_the_year_covers_that_year(news: News) -> None:
    result = news(
        "Kyiv took back 12,300 bodies in 2025. Moscow, on the same count, got back "
        "fewer than 300 of its soldiers over the year.",
        published=_YEAR_END,
    )
    tally = _tally(result, Count.fewer_than(300))
    assert tally.covers.start == date(2025, 1, 1)


def test_news_over_the_course_of_the_whole_year_in_a_year_headed_recap(news: News) -> None:
    # harder: the year from a heading, the span as "the course of the whole year", passive
    result = news(
        "A hard 2024.\n\nBodies came back more often. Over the course of the whole year "
        "more than 2,900 fallen soldiers were repatriated to Ukraine, officials say.",
        published=date(2024, 12, 30),
    )
    tally = _tally(result, Count.more_than(2900))
    assert tally.covers.start == date(2024, 1, 1)


def test_news_over_the_past_year_is_not_the_calendar_year(news: News) -> None:
    # near miss: "the past year" is the last twelve months, not this form
    result = news(
        "Ukraine has received more than 2,900 bodies over the past year, officials say.",
        published=_YEAR_END,
    )
    tally = _tally(result, Count.more_than(2900))
    assert tally.covers.start != date(2025, 1, 1)


def test_news_the_months_total_covers_that_month(news: News) -> None:
    result = news(
        "On 3, 6 and 9 May Kyiv received 1,100, 1,050 and 1,200 bodies, and on 14 May a "
        "last handover brought the month's total to 4,100.",
        published=_YEAR_END,
    )
    tally = _tally(result, Count.exact(4100))
    assert tally.covers.start == date(2025, 5, 1)
    assert tally.as_of.start == date(2025, 5, 14)


def test_news_this_months_tally_told_another_way(news: News) -> None:
    # harder: "this month's tally", "took ... to", two stages listed before it
    result = news(
        "On 2 and 8 August Kyiv took back 900 and 1,150 bodies, and a last transfer on "
        "21 August took this month's tally to 2,650.",
        published=_YEAR_END,
    )
    tally = _tally(result, Count.exact(2650))
    assert tally.covers.start == date(2025, 8, 1)


def test_news_a_total_not_headed_by_a_period_keeps_its_start(news: News) -> None:
    # near miss: "the total" with no period before it runs from the war's start
    result = news(
        "On 2 and 8 August Kyiv took back 900 and 1,150 bodies, and a last transfer on "
        "21 August brought the total to 14,100.",
        published=_YEAR_END,
    )
    tally = _tally(result, Count.exact(14100))
    assert tally.covers.start == date(2022, 2, 24)


def test_news_a_months_bodies_in_tranches_are_a_total(news: News) -> None:
    result = news(
        "In March Russia handed over more than 4,000 bodies that it says are of fallen "
        "Ukrainian troops, in tranches of about 1,000.",
        published=_YEAR_END,
    )
    assert result.exchanges == []
    tally = _tally(result, Count.more_than(4000))
    assert tally.covers.start == date(2025, 3, 1)


def test_news_a_days_bodies_in_tranches_are_no_months_total(news: News) -> None:
    # near miss: one day named, so the tranches are parts of that day's handover
    result = news(
        "On 7 March Russia handed over 1,000 bodies in tranches of 250.", published=_YEAR_END
    )
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert str(exchange.period) == "2025-03-07"
    assert [t.count for t in exchange.transfers] == [Count.exact(1000)]


def test_news_each_time_before_the_figure_sizes_every_listed_month(news: News) -> None:
    result = news(
        "In April, May and June, each time involving some 900 bodies, Ukraine took back "
        "its dead in exchanges the two sides called humanitarian.",
        published=_YEAR_END,
    )
    assert result.tallies == []
    periods = sorted(str(e.period) for e in result.exchanges)
    assert periods == ["2025-04", "2025-05", "2025-06"]


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    value=st.integers(min_value=20, max_value=900),
    span=st.sampled_from(["over the year", "during the year", "throughout the whole year"]),
    published=st.sampled_from([_YEAR_END, date(2025, 6, 15), date(2024, 3, 31)]),
)
def test_news_a_year_summed_total_never_starts_at_the_war(
    news: News, value: int, span: str, published: date
) -> None:
    result = news(f"Russia received {value:,} bodies of its soldiers {span}.", published=published)
    (tally,) = result.tallies
    assert tally.count == Count.exact(value)
    assert tally.covers.start == date(published.year, 1, 1)


def test_news_the_total_since_the_invasion_after_a_years_total(news: News) -> None:
    result = news(
        "Kyiv got back 9,800 bodies in 2024, and the tally since the invasion began now "
        "stands at 15,200.",
        published=_YEAR_END,
    )
    tally = _tally(result, Count.exact(15200))
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.covers.start == date(2022, 2, 24)


def test_news_the_total_since_a_dated_start_has_reached(news: News) -> None:
    # harder: a dated start, "has now risen to"
    result = news(
        "Moscow says it received 310 bodies this year, and the total since March 2023 has "
        "now risen to 1,240.",
        published=_YEAR_END,
    )
    tally = _tally(result, Count.exact(1240))
    assert tally.covers.start == date(2023, 3, 1)


def test_news_the_total_since_an_unread_start_is_refused(news: News) -> None:
    # near miss: "since the Istanbul talks" is no start the parser can date: no guess
    result = news(
        "Kyiv got back 9,800 bodies in 2024, and the tally since the Istanbul talks now "
        "stands at 15,200.",
        published=_YEAR_END,
    )
    assert all(t.count != Count.exact(15200) for t in result.tallies)


def test_news_over_the_three_days_told_before_its_days_ends_on_its_day(news: News) -> None:
    # the days are not told before the total (a page read newest first): the span is
    # the three days ending on the day it is told, not the war since 2022
    result = news(
        "KYIV, March 16 (Test Wire) - The last group crossed the border in the morning. "
        "Over the three days, the ombudsman said, 600 Ukrainians had come home.",
        published=date(2025, 3, 16),
    )
    assert result.tallies
    assert all(t.covers.start == date(2025, 3, 14) for t in result.tallies)


def test_news_across_two_days_in_a_dated_entry(news: News) -> None:
    # harder: "across the two days", a figure for one side, the day from a dateline
    result = news(
        "KYIV, April 6 (Test Wire) - Across the two days, Ukraine's ombudsman said, 410 "
        "defenders had been returned from captivity.",
        published=date(2025, 4, 6),
    )
    tally = _tally(result, Count.exact(410))
    assert tally.covers.start == date(2025, 4, 5)


def test_news_over_the_past_days_is_no_counted_span(news: News) -> None:
    # near miss: no number of days, so nothing to count back
    result = news(
        "Over the past days, the ombudsman said, 410 defenders have come home from captivity.",
        published=date(2025, 4, 6),
    )
    assert all(t.covers.start != date(2025, 4, 5) for t in result.tallies)
    read = [t.count for t in result.tallies]
    read += [t.count for e in result.exchanges for t in e.transfers]
    assert read == [Count.exact(410)]
