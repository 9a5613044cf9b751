"""A figure given "over that month" (week, fortnight): the sum of a span told before.

"There were three handovers in May, and over that month Kyiv got back 3,400 bodies":
"that month" points back at a span, and a figure given over a span sums its handovers,
as "over that period" does. "In that month" only dates the figure and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 30)


def test_news_over_that_month_after_an_aside_sums_both_ways(news: News) -> None:
    text = (
        "In May, after a new round of talks in Geneva, there were three handovers one after "
        "another, and over that month Kyiv got back 3,400 bodies, while Moscow received 47."
    )
    result = news(text, published=_PUBLISHED)
    assert result.tally_keys() == {
        ("RUS", "UKR", Count.exact(3400)),
        ("UKR", "RUS", Count.exact(47)),
    }
    assert not result.ways()


def test_news_there_were_several_handovers_in_a_closed_month_dates_the_sum_to_it(
    news: News,
) -> None:
    text = (
        "In May, after a new round of talks, there had been several handovers, and over that "
        "month Kyiv got back 3,400 bodies."
    )
    result = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", Count.exact(3400)) in result.tally_keys()
    assert result.tally_days() == {"2025-05"}


def test_news_over_that_week_in_a_second_clause_is_a_sum(news: News) -> None:
    text = (
        "Several exchanges of the dead followed in the first week of August, once the "
        "convoys were cleared; over that week Ukraine received 2,150 bodies."
    )
    result = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", Count.exact(2150)) in result.tally_keys()
    assert not result.ways()


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(2_200, 9_000),
    span=st.sampled_from(["month", "fortnight"]),
    preposition=st.sampled_from(["over", "during", "throughout"]),
)
def test_news_a_figure_over_that_span_is_never_one_handover(
    news: News, n: int, span: str, preposition: str
) -> None:
    text = (
        "In March, once the talks in Istanbul had ended, there were several repatriations in "
        f"a row, and {preposition} that {span} Ukraine received {n:,} bodies."
    )
    result = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", Count.exact(n)) in result.tally_keys()
    assert not result.ways()


def test_news_in_that_month_only_dates_one_handover(news: News) -> None:
    text = (
        "The talks ended in May. In that month Ukraine received 1,212 bodies in a single "
        "handover at the border."
    )
    result = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", Count.exact(1212)) in result.ways()
    assert not result.tally_keys()
