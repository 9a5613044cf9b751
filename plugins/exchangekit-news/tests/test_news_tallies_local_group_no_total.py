"""Someone "one of" the few "from our district" freed over a span: no side's tally."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]

_HOME = (
    "Oleh Marchenko came home on Friday, one of 84 Ukrainian soldiers released by Russia "
    "in return for 84 Russian servicemen, the Coordination Headquarters said. "
)


def test_news_one_of_the_men_from_our_district_is_no_tally(news: News) -> None:
    result = news(_HOME + "He is one of five men from our district freed over the past year.")
    assert Count.exact(5) not in {t.count for t in result.tallies}
    assert Count.exact(5) not in {t.count for e in result.exchanges for t in e.transfers}


def test_news_one_of_the_people_from_this_village_since_the_war_is_no_tally(news: News) -> None:
    # harder: a span "since" after the group, still one village's people
    result = news(
        _HOME + "His neighbour is one of seven men from this village freed since the war began."
    )
    assert Count.exact(7) not in {t.count for t in result.tallies}


def test_news_a_regions_own_total_is_still_read(news: News) -> None:
    # near miss: a place's total said for itself, with no one person in it, stays a tally
    result = news(
        _HOME + "The regional administration said 212 servicemen from the region have come "
        "home since 2022."
    )
    assert Count.exact(212) in {t.count for t in result.tallies}


def test_news_a_sides_total_over_the_same_span_is_still_read(news: News) -> None:
    # near miss: no place narrows the people, so the side's running total stands
    result = news(_HOME + "In all, 1,350 soldiers have been freed over the past year.")
    assert Count.exact(1350) in {t.count for t in result.tallies}
