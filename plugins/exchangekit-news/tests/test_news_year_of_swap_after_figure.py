"""A year before "swap" after the figure: "Russia freed 84 Ukrainians in the 2023 swap".

"In" or "during" the year's exchange tells where the figure of the same clause was
handed over, so the year dates it, as it does when the phrase opens the sentence
("In the 2023 swap, Russia freed 84 Ukrainians"). A comparison ("20 more than in the
2023 swap") or a break before the phrase leaves the year to another exchange, and the
figure keeps its own day.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def periods(text: str) -> dict[int, str]:
    """The period of every transfer read in ``text``, by its count."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        t.count.best or 0: str(item.period)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@pytest.mark.parametrize(
    ("text", "count", "year"),
    [
        ("Moscow released 61 Ukrainian soldiers in the 2023 swap.", 61, "2023"),
        ("Kyiv got back 120 servicemen during the 2024 exchange.", 120, "2024"),
        ("Ukraine brought home 48 civilians in a 2022 handover.", 48, "2022"),
    ],
)
def test_the_year_of_the_swap_dates_the_figure(text: str, count: int, year: str) -> None:
    """The figure is of the year's exchange, not of the report's day."""
    assert periods(text).get(count) == year


def test_a_comparison_with_an_earlier_swap_keeps_the_day() -> None:
    """Near miss: "more than in the 2023 swap" compares; the figure is Friday's."""
    text = "Russia freed 84 Ukrainians on Friday, 20 more than in the 2023 swap."
    assert periods(text) == {84: "2025-06-27"}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100),
    year=st.integers(min_value=2022, max_value=2024),
)
def test_any_count_in_a_years_swap_is_of_that_year(n: int, year: int) -> None:
    """Whatever the count, the year of the swap it was freed in dates it."""
    text = f"Moscow released {n:,} Ukrainian soldiers in the {year} swap."
    assert periods(text).get(n) == str(year)
