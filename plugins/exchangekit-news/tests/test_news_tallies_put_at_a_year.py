"""A side "putting the number" freed over a whole year at a figure: a running total, not a swap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 12, 30)


def test_news_number_put_at_for_this_year_is_a_total(news: News) -> None:
    result = news(
        "Kyiv's coordination office put the number of Ukrainians freed this year at 2,417.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []  # not one handover dated "2025"
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.exact(2417)


def test_news_number_put_at_for_a_named_year_is_that_years_total(news: News) -> None:
    # a harder form: the people come after a participle and the year is named
    result = news(
        "Moscow's defence ministry has put the number of Russian servicemen brought home in "
        "2024 at 1,358, a figure Kyiv does not dispute.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("UKR", "RUS")
    assert tally.count == Count.exact(1358)


def test_news_number_put_at_for_one_day_stays_that_days_handover(news: News) -> None:
    # near miss: one named day is one exchange, the side's own figure for it
    result = news(
        "Kyiv put the number of Ukrainians freed on Friday at 189.",
        published=_PUBLISHED,
    )
    assert result.tallies == []
    (exchange,) = result.exchanges
    (leg,) = exchange.transfers
    assert (leg.sender.code, leg.receiver.code, leg.count) == ("RUS", "UKR", Count.exact(189))


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    span=st.sampled_from(["this year", "in 2024", "in 2023"]),
    verb=st.sampled_from(["freed", "returned", "brought home"]),
    value=st.integers(min_value=300, max_value=9_999),
)
def test_news_a_years_number_put_at_is_never_one_exchange(
    news: News, span: str, verb: str, value: int
) -> None:
    result = news(
        f"Ukraine's ombudsman put the number of Ukrainians {verb} {span} at {value:,}.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []
    assert [t.count for t in result.tallies] == [Count.exact(value)]
