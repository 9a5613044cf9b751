"""Running totals told "over the entire period of the war" or since a year said aloud.

"Over the entire period of the war, 2,400 have come home" is "over the course of the
war" said at length: a sum, no single handover. A transcript writes a year as spoken
("since March twenty twenty-three"); neither half of it is a count, so the figure
after it is the total the span covers. A superlative ranked "in the entire period"
and a list of counts ("twenty, twenty-two") are not read so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@settings(max_examples=10, deadline=None)
@given(
    st.integers(min_value=150, max_value=9000),
    st.sampled_from(["entire period", "whole period", "entire duration"]),
    st.sampled_from(["the war", "the full-scale invasion", "the special military operation"]),
)
def test_news_whole_period_of_the_war_is_a_running_total(
    news: News, count: int, period: str, war: str
) -> None:
    result = news(
        f"Over the {period} of {war}, {count:,} Russian soldiers have been returned"
        " from Ukrainian captivity, the commissioner said."
    )
    assert result.moved_count_list() == []
    (tally,) = result.tallies
    assert tally.count == Count.exact(count)


def test_news_whole_period_in_a_harder_form(news: News) -> None:
    # the harder form: a verb of noting first, people of two kinds, two places they left
    result = news(
        "She wished to stress that throughout the whole period of the full-scale invasion,"
        " well over 1,700 Ukrainian soldiers and civilians had been brought back from"
        " Russian prisons and the occupied areas."
    )
    assert result.moved_count_list() == []


def test_news_one_swap_ranked_in_the_whole_period_stays_no_total(news: News) -> None:
    # the near miss: "in the entire period" ranks a superlative, not a sum's span
    result = news(
        "It was the largest handover in the entire period of the war: Russia freed 640"
        " Ukrainian soldiers on Friday."
    )
    assert result.tallies == []


@pytest.mark.parametrize("year", ["twenty twenty-three", "twenty nineteen", "twenty twenty"])
def test_news_year_said_aloud_is_no_figure(news: News, year: str) -> None:
    result = news(
        f"HOST: They say that in total, since May {year}, two thousand four hundred"
        " Ukrainians have been freed."
    )
    assert result.moved_count_list() == []
    assert [t.count for t in result.tallies] == [Count.exact(2400)]


def test_news_list_of_counts_after_twenty_stays(legs: Callable[..., Any]) -> None:
    # the near miss: a comma parts two counts, so "twenty-two" is no year's second half
    found = legs("Russia freed twenty, or twenty-two, Ukrainian soldiers on Friday.")
    assert found  # a count is still read
