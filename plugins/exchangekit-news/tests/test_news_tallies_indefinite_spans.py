"""Figures moved "over several weeks" or "in the course of 2024" sum many handovers.

An indefinite run of days or weeks, or a whole year opened by "in the course of",
after a figure makes it a running total over the period the text names, not one
exchange; with no period named it is neither, and is not read (never a guessed "since
2022"). A span told of something else (talks, captivity), a single handover told in
stages, or a per-side figure ("1,000 each") does not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def test_news_bodies_got_back_over_several_weeks_in_a_month_are_its_total(news: News) -> None:
    result = news(
        "Ukraine got back more than 3,000 bodies of its soldiers over several weeks in May.",
        published=date(2025, 6, 10),
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.parse("more than 3,000")
    assert tally.covers.start == date(2025, 5, 1)


def test_news_bodies_over_several_weeks_with_no_period_are_not_read(news: News) -> None:
    # no period named: the sum is over an unknown span, neither one exchange nor a
    # total since 2022
    result = news("Ukraine got back more than 3,000 bodies of its soldiers over several weeks.")
    assert result.exchanges == []
    assert result.tallies == []


def test_news_a_span_of_many_days_after_a_dash_aside_is_that_months_total(news: News) -> None:
    # harder: the figure sits in an aside between dashes and its side is the speaker's
    result = news(
        "The handover was the first since the May batches - these brought home 4,400 "
        "bodies across many days, Kyiv said - and identification may take a year.",
        published=date(2025, 6, 10),
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert tally.receiver.code == "UKR"
    assert tally.count == Count.exact(4400)
    assert tally.covers.start == date(2025, 5, 1)


def test_news_one_swap_of_so_many_each_over_several_days_stays_one_exchange(news: News) -> None:
    # near miss: a per-side figure is the one swap, told in stages over the days
    result = news(
        "Kyiv and Moscow swapped 800 captives each across several days last month.",
        published=date(2025, 6, 10),
    )
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert str(exchange.period) == "2025-05"
    assert sorted(t.count.low for t in exchange.transfers) == [800, 800]


def test_news_weeks_of_talks_before_a_handover_are_not_its_span(news: News) -> None:
    # near miss: the weeks are the talks', told in a clause of their own
    result = news(
        "Russia handed over 90 prisoners to Ukraine after talks that had dragged on over "
        "several weeks."
    )
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert [t.count for t in exchange.transfers] == [Count.exact(90)]


def test_news_one_handover_in_stages_over_several_days_is_no_total(news: News) -> None:
    # near miss: "single" makes the days the stages of one handover
    result = news(
        "Kyiv took back 800 bodies on Friday. The largest single handover came in June, "
        "when more than 6,000 bodies were returned to Ukraine over several days."
    )
    assert all(t.count != Count.parse("more than 6,000") for t in result.tallies)
    read = [t.count for e in result.exchanges if str(e.period) == "2025-06" for t in e.transfers]
    assert read == [Count.parse("more than 6,000")]


def test_news_a_year_after_in_the_course_of_is_a_years_total(news: News) -> None:
    result = news(
        "The ministry said Ukraine had handed 400 servicemen back to Russia in the course of 2024."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("UKR", "RUS")
    assert tally.covers.start == date(2024, 1, 1)


def test_news_the_course_of_one_exchange_is_no_span(news: News) -> None:
    # near miss: "the course of" an exchange on a day is that exchange
    result = news(
        "In the course of the exchange on Friday, Russia returned 90 prisoners to Ukraine."
    )
    assert result.tallies == []
    assert len(result.exchanges) == 1


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(min_value=100, max_value=9000),
    span=st.sampled_from(["over several weeks", "across many days", "during several months"]),
    dated=st.booleans(),
)
def test_news_a_figure_over_an_indefinite_span_is_never_a_war_long_total(
    news: News, count: int, span: str, dated: bool
) -> None:
    when = "In March, " if dated else ""
    result = news(
        f"{when}Russia handed {count:,} bodies to Ukraine {span}, Kyiv said.",
        published=date(2025, 6, 10),
    )
    assert result.exchanges == []
    if dated:
        (tally,) = result.tallies
        assert tally.count == Count.exact(count)
        assert tally.covers.start == date(2025, 3, 1)
    else:
        assert result.tallies == []
