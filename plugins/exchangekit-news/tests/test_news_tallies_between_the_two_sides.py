"""A go-between's total "between the two countries": the "two" names the sides, not a count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def test_news_mediators_total_between_the_two_countries_is_read(news: News) -> None:
    result = news(
        "Qatar said Russia and Ukraine had each freed 60 prisoners on Tuesday. The swap "
        "raised the number of captives set free through Qatari mediation between the two "
        "countries to 1,312, the ministry added."
    )
    (tally,) = result.tallies
    assert tally.count == Count.exact(1312)
    assert sorted(tally.receiver.members) == ["RUS", "UKR"]


def test_news_the_two_sides_after_the_participle_still_gives_the_total(news: News) -> None:
    # harder: "sides" rather than "countries", and the perfect "has reached"
    result = news(
        "Qatar's foreign ministry said the number of captives released through its "
        "mediation between the two sides has now reached 740."
    )
    assert [t.count for t in result.tallies] == [Count.exact(740)]


def test_news_a_count_of_two_people_is_still_a_count(news: News) -> None:
    # near miss: "two" counting people is the figure itself, no side named by it
    result = news("Two soldiers were handed back to Ukraine on Tuesday, the army said.")
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert [t.count for t in exchange.transfers] == [Count.exact(2)]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    total=st.integers(min_value=300, max_value=9000),
    sides=st.sampled_from(["countries", "sides", "parties"]),
)
def test_news_the_total_is_read_whatever_the_side_noun(news: News, total: int, sides: str) -> None:
    result = news(
        "Qatar's foreign ministry said the number of captives released through its "
        f"mediation between the two {sides} has now reached {total:,}."
    )
    assert [t.count for t in result.tallies] == [Count.exact(total)]
