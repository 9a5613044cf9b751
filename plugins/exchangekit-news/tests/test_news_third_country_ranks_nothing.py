"""An ordinal naming a country ("third countries", "a third country") ranks no exchange.

"Kyiv said 412 civilians had come home from Russia via third countries since the
invasion": "third" is part of the country's name as an outsider to the war, not a rank
of the handover ("the third swap since June"), so the "since" date opens the span of a
running total rather than ranking one exchange the figure would be the size of.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "receiver", "count"),
    [
        (
            "Moscow's children's ombudsman said in May that 64 children had been "
            "reunited with families in Ukraine and third countries since 2023.",
            "UKR",
            "64",
        ),
        # harder: "via" before the countries, a span opened by an event, not a year
        (
            "Kyiv said on Monday that 412 civilians had come home from Russia via third "
            "countries since the full-scale invasion.",
            "UKR",
            "412",
        ),
        # harder: the singular with its article, a passive of returning
        (
            "Ukraine said 37 soldiers had been returned from Russia through a third "
            "country since 2024.",
            "UKR",
            "37",
        ),
        (
            "Kyiv said 2,410 children had been brought back from Russia with the help of "
            "third nations since 2022.",
            "UKR",
            "2,410",
        ),
    ],
)
def test_a_third_country_before_since_leaves_a_running_total(
    news: Any, text: str, receiver: str, count: str
) -> None:
    """The figure is a running total since the date, and no exchange of that size."""
    result = news(text)
    assert Count.parse(count) not in result.moved_counts()
    assert {(t.receiver.code, t.count) for t in result.tallies} == {(receiver, Count.parse(count))}


@pytest.mark.parametrize(
    "text",
    [
        "It was the third swap since June, with 95 soldiers freed by each side.",
        # the rank stands before the exchange noun and the third country after it
        "Russia and Ukraine swapped 84 soldiers each on Friday in the first exchange "
        "via a third country since 2023.",
    ],
)
def test_near_miss_a_rank_of_the_exchange_still_ranks_it(news: Any, text: str) -> None:
    """Near miss: an ordinal of the exchange itself still makes the figure one swap's size."""
    result = news(text)
    assert not result.tallies
    assert len(result.exchanges) == 1
    assert {t.receiver.code for t in result.exchanges[0].transfers} == {"RUS", "UKR"}


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=9_999).filter(lambda n: not 1800 <= n <= 2100),
    place=st.sampled_from(["third countries", "a third country", "third nations"]),
    year=st.integers(min_value=2022, max_value=2024),
)
def test_property_a_third_country_never_makes_a_total_one_exchange(
    news: Any, n: int, place: str, year: int
) -> None:
    """Whatever the count and year, a total told via a third country is never a handover."""
    text = f"Kyiv said {n:,} children had been brought back from Russia via {place} since {year}."
    result = news(text, published=date(2025, 10, 23))
    assert Count.parse(f"{n:,}") not in result.moved_counts()
    assert {(t.receiver.code, t.count) for t in result.tallies} == {("UKR", Count.parse(f"{n:,}"))}
