"""Whole-sentence facts are read once per sentence, whatever figure or word asks for them.

The sentence's dates, whether two sides are joined by "and", where an opening "between
<date> and <date>," closes and where the figures begin are found on first use and kept;
the readings that ask for them per figure must stay what a fresh scan would give.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 7, 1)


def _moved(result: Any) -> set[tuple[int | None, str]]:
    return {(t.count.low, str(e.period)) for e in result.exchanges for t in e.transfers}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=st.integers(20, 400), second=st.integers(20, 400))
def test_news_respective_list_shares_each_figure_over_its_day(
    news: News, first: int, second: int
) -> None:
    # every listed figure asks for the dates and the sides: each gets its own day
    result = news(
        f"On 3 and 17 June, {first} and {second} respectively came home from Russian captivity.",
        published=_PUBLISHED,
    )
    assert _moved(result) == {(first, "2025-06-03"), (second, "2025-06-17")}


def test_news_respective_list_with_a_noun_harder(news: News) -> None:
    # harder: the noun after the last number, and the days before their month
    result = news(
        "On 2 and 9 May, 115 and 103 Ukrainian soldiers respectively came home from Russian "
        "captivity.",
        published=_PUBLISHED,
    )
    assert _moved(result) == {(115, "2025-05-02"), (103, "2025-05-09")}


def test_news_respective_list_over_two_sides_is_not_read(news: News) -> None:
    # near miss: "respectively" may share the numbers over the two sides named, not the days
    result = news(
        "On 3 and 17 June, Russia and Ukraine said 64 and 88 respectively came home.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(verb=st.sampled_from(["includes", "comprises", "contains", "included"]))
def test_news_verbs_of_including_read_alike(news: News, verb: str) -> None:
    # one set of verbs of including for every rule: each reads the aside as "includes" does
    def claims(word: str) -> list[tuple[str, str, str]]:
        result = news(
            f"Ukraine's losses stand at 2,000, a figure that {word} civilians, the ministry said.",
            published=_PUBLISHED,
        )
        return [(str(c.category), str(c.count), str(c.as_of)) for c in result.claims]

    assert claims(verb) == claims("includes")
