"""A figure moved "in several stages" over a span sums a series of handovers: a tally."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_series_in_several_stages_is_a_tally(news: Callable[..., Any]) -> None:
    result = news(
        "During May, Moscow delivered 4,812 bodies to Kyiv in several stages and got back "
        "65 of its own, the coordination headquarters said."
    )
    assert result.exchanges == []
    pairs = {(t.sender.code, t.receiver.code, t.count) for t in result.tallies}
    assert pairs == {("RUS", "UKR", Count.exact(4812)), ("UKR", "RUS", Count.exact(65))}
    assert all(t.category is PersonCategory.REMAINS for t in result.tallies)


def test_news_stages_fronted_before_the_figure(news: Callable[..., Any]) -> None:
    # harder form: the stages open the clause, the figure comes late
    result = news(
        "Officials recalled that in April, over multiple stages, Russia had passed 3,115 "
        "bodies of Ukrainian soldiers to Ukraine."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code, tally.count) == (
        "RUS",
        "UKR",
        Count.exact(3115),
    )


def test_news_stages_within_one_day_stay_one_handover(news: Callable[..., Any]) -> None:
    # near-miss: stages that fit in a single day are one operation, told in parts
    result = news(
        "On Friday Russia handed 900 bodies to Ukraine in several stages within a single day."
    )
    assert result.tallies == []
    assert [t.count for e in result.exchanges for t in e.transfers] == [Count.exact(900)]


def test_news_stages_counted_on_as_one_handover(news: Callable[..., Any]) -> None:
    # near-miss: the teller goes on to count the staged return as one of a row
    result = news(
        "In May, Russia returned 2,200 bodies in several stages, and there have been three "
        "more since, of roughly 900 bodies each."
    )
    assert result.tallies == []
    legs = {
        (str(e.period), t.sender.code, t.receiver.code, t.category, t.count)
        for e in result.exchanges
        for t in e.transfers
    }
    assert legs == {("2025-05", "RUS", "UKR", PersonCategory.REMAINS, Count.exact(2200))}


def test_news_last_months_stages_are_a_tally_over_that_month(news: Callable[..., Any]) -> None:
    # the sentence an older test once read as one handover: stages over a month, no
    # day or single span told, sum several handovers of that month
    result = news("Last month 2,400 bodies came back from Russia in several stages.")
    assert result.exchanges == []
    assert [
        (t.sender.code, t.receiver.code, t.category, t.count, str(t.covers)) for t in result.tallies
    ] == [("RUS", "UKR", PersonCategory.REMAINS, Count.exact(2400), "2025-09-01/2025-09-30")]


@settings(max_examples=10, deadline=None)
@given(n=st.integers(min_value=500, max_value=9000), how=st.sampled_from(["several", "multiple"]))
def test_news_uncounted_stages_never_one_exchange(
    news: Callable[..., Any], n: int, how: str
) -> None:
    result = news(f"In March Russia sent {n:,} bodies to Ukraine in {how} stages.")
    assert [t.count for t in result.tallies] == [Count.exact(n)]
    assert result.exchanges == []


def test_news_one_span_only_as_the_object_after_the_stages(news: Callable[..., Any]) -> None:
    # "a single"/"one" that names no span the stages fit in leaves them a month's series
    for text in (
        "In April Moscow passed 4,300 bodies to Kyiv in several stages via a single checkpoint.",
        "In April Moscow passed 4,300 bodies to Kyiv in several stages, one week apart.",
        "In April Moscow passed 4,300 bodies to Kyiv in several stages, and three more of its"
        " officers were charged.",
    ):
        read = news(text, published=date(2025, 6, 10))
        assert [t.count for t in read.tallies] == [Count.exact(4300)], text


def test_news_a_period_that_is_no_report_span_places_no_stages(
    news: Callable[..., Any],
) -> None:
    """Near miss of "in the reporting period": "a period of calm" dates nothing."""
    read = news(
        "After a period of calm, Moscow handed 2,700 bodies back to Kyiv in several stages.",
        published=date(2025, 6, 10),
    )
    assert read.tallies == []
    assert not any(e.transfers for e in read.exchanges)
