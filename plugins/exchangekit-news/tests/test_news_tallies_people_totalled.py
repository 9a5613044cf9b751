"""The people moved over a span, as a subject that "totalled" a figure: a running total."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]

_PUBLISHED = date(2025, 9, 12)


def test_news_people_moved_since_a_start_totalled_is_a_total(news: News) -> None:
    result = news(
        "The bodies handed over to Ukraine since March totalled 5,310.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.category is PersonCategory.REMAINS
    assert tally.count == Count.exact(5310)


def test_news_people_a_side_received_since_a_start_totalled(news: News) -> None:
    # harder: a contact relative names the side that took them in, and the total has a
    # date of its own after the figure
    result = news(
        "The soldiers Kyiv has received since the spring of 2022 totalled 3,870 by the end "
        "of May, officials said.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.exact(3870)


def test_news_people_freed_on_one_day_totalled_is_no_total(news: News) -> None:
    # near miss: one named day is one handover's size, never a running total
    result = news("The Ukrainian prisoners freed on Friday totalled 88.", published=_PUBLISHED)
    assert result.tallies == []


def test_news_people_of_no_told_side_totalled_is_left_unread(news: News) -> None:
    # near miss: "it" is not placed on a side, so the way is not guessed
    result = news(
        "The ministry said the bodies it had handed over since June totalled 5,310.",
        published=_PUBLISHED,
    )
    assert result.tallies == []
    assert result.exchanges == []


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    people=st.sampled_from(["civilians", "prisoners of war", "soldiers"]),
    span=st.sampled_from(["since 2022", "in 2024", "this year"]),
    value=st.integers(min_value=100, max_value=9_999),
)
def test_news_people_returned_over_a_span_totalled_give_one_total(
    news: News, people: str, span: str, value: int
) -> None:
    result = news(
        f"The {people} returned to Ukraine {span} totalled {value:,}.", published=_PUBLISHED
    )
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(value))]


def test_news_the_subject_of_totalled_in_a_later_clause(news: News) -> None:
    # harder: the counted people open the clause after a semicolon, and more "the"s stand
    # before it and after the figure; only the verb's own subject is read as the people
    result = news(
        "The talks resumed in the spring; the bodies returned to Ukraine since March "
        "totalled 5,310, the ministry said.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.category is PersonCategory.REMAINS
    assert tally.count == Count.exact(5310)
