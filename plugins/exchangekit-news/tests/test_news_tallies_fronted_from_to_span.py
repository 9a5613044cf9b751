"""A swap told over a fronted "from <date> to <date>" span, and its "In exchange," leg.

"From 4 to 6 March, Moscow handed back 610 Ukrainian soldiers": a span of days set off
at the head of the sentence frames its whole clause as "Between 4 and 6 March," does,
so the figure sums the days' stages: a tally over the span, stated on its last day, not
one handover. "In the period from ... to ...," opens it the same way. A next sentence
opening "In exchange," or "In return," tells the same days the other way: a tally too.
After one dated handover, "In exchange," keeps the swap's other transfer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 3, 9)


@pytest.mark.parametrize(
    "opening", ["From 4 to 6 March,", "In the period from 4 to 6 March,", "Between 4 and 6 March,"]
)
def test_news_a_fronted_span_of_days_makes_both_ways_tallies(news: News, opening: str) -> None:
    result = news(
        f"{opening} Moscow handed back 610 Ukrainian soldiers and took back 610 of its own "
        "troops, the defence ministry said.",
        published=_DAY,
    )
    assert result.exchanges == []
    assert result.tally_keys() == {
        ("RUS", "UKR", Count.exact(610)),
        ("UKR", "RUS", Count.exact(610)),
    }
    assert {str(t.covers) for t in result.tallies} == {"2025-03-04/2025-03-06"}


@pytest.mark.parametrize("turn", ["In exchange,", "In return,"])
def test_news_in_exchange_after_a_span_tally_is_its_other_way(news: News, turn: str) -> None:
    result = news(
        "From 4 to 6 March, after long talks, 610 Russian servicemen were brought back from "
        f"Ukrainian captivity, the ministry said. {turn} 598 Ukrainian prisoners of war were "
        "handed over.",
        published=_DAY,
    )
    assert result.exchanges == []
    assert result.tally_keys() == {
        ("UKR", "RUS", Count.exact(610)),
        ("RUS", "UKR", Count.exact(598)),
    }
    assert {str(t.covers) for t in result.tallies} == {"2025-03-04/2025-03-06"}


def test_news_in_exchange_after_one_days_handover_stays_a_swap(news: News) -> None:
    """Near miss: after one dated handover "In exchange," is that swap's other transfer."""
    result = news(
        "On 4 March, 610 Russian servicemen were brought back from Ukrainian captivity. "
        "In exchange, 598 Ukrainian prisoners of war were handed over.",
        published=_DAY,
    )
    assert result.tallies == []
    assert result.ways() == {
        ("UKR", "RUS", Count.exact(610)),
        ("RUS", "UKR", Count.exact(598)),
    }


def test_news_a_span_later_in_the_sentence_is_not_fronted(news: News) -> None:
    """Near miss: "from" after the verb is no fronted span ("came back from captivity")."""
    result = news(
        "On 4 March, 610 soldiers came back from Russian captivity, the ministry said.",
        published=_DAY,
    )
    assert result.tallies == []
    assert result.moved_counts() == {Count.exact(610)}


@given(n=st.integers(min_value=2, max_value=99_999), first=st.integers(min_value=1, max_value=20))
def test_news_from_to_reads_as_between_and(news: News, n: int, first: int) -> None:
    def read(opening: str) -> set[tuple[str | None, str, Count]]:
        result = news(f"{opening}, Kyiv took back {n:,} bodies, the ministry said.", published=_DAY)
        assert result.exchanges == []
        return result.tally_keys()

    last = first + 2
    assert (
        read(f"From {first} to {last} February")
        == read(f"Between {first} and {last} February")
        == {("RUS", "UKR", Count.exact(n))}
    )
