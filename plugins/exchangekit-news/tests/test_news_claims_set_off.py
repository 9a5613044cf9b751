"""Casualty claims written in constructions strangers use (issue 8, session 6 round 3).

A figure set off by commas after its loss noun ("a death toll, of 5,937, in
2022") still belongs to the noun's clause: its side, its speaker and its date.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def found(read: Any) -> set[tuple[str, str, Count, str]]:
    """(subject, category, count, as-of date) of every claim read."""
    return {(c.subject.code, c.category.value, c.count, str(c.as_of)) for c in read.claims}


def test_news_a_toll_set_off_by_commas_keeps_its_side_and_date(news: News) -> None:
    text = "The Kremlin's defence ministry once gave a death toll, of 4,812, in March 2023."
    assert found(news(text)) == {("RUS", "killed", Count.exact(4_812), "2023-03")}


def test_news_a_set_off_toll_is_said_by_the_giver(news: News) -> None:
    text = "Moscow's defence ministry gave an official toll, of 2,104, in May 2024."
    (claim,) = news(text).claims
    assert claim.claimant.party is not None
    assert claim.claimant.party.code == "RUS"


def test_news_other_set_off_losses_read_right(news: News) -> None:
    text = "Kyiv's general staff reported Russian losses, of some 1,500, for the past day."
    assert {(s, c, n) for s, c, n, _ in found(news(text))} == {
        ("RUS", "total_losses", Count.approx(1_500))
    }


def test_news_a_set_off_figure_without_a_loss_noun_is_no_claim(news: News) -> None:
    text = "The navy named the tanker, of 12,000 tonnes, after the strike on Monday."
    assert news(text).claims == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(
    value=st.integers(min_value=1_000, max_value=90_000),
    side=st.sampled_from([("Russia's", "RUS"), ("Ukraine's", "UKR")]),
)
def test_news_set_off_toll_counts_any_value_for_the_giving_side(
    news: News, value: int, side: tuple[str, str]
) -> None:
    text = f"{side[0]} defence ministry last gave a death toll, of {value:,}, in June 2024."
    assert found(news(text)) == {(side[1], "killed", Count.exact(value), "2024-06")}
