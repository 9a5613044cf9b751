"""One figure dated by a list of dates is no one exchange on the first (or last) of them.

"Kyiv took back about 900 bodies in May, June and July": the figure is each month's or
the sum over the three, and without "each time" or "in all" the text does not say which.
Putting it on one month prints a handover that never happened as told, so no exchange
is read; a figure per date, or "each time", still dates each exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

MONTHS = ["March", "April", "May", "June", "July", "August", "September"]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv took back about 900 bodies in May, June and July.",
        "On 3 March, 9 April and 20 May Russia received 60 prisoners of war.",
        # harder: a span "between" two days, and a plain pair of months
        "Between 4 and 9 August Moscow handed over 2,400 bodies to Ukraine.",
        "Ukraine freed 75 Russian soldiers in April and May.",
    ],
)
def test_news_one_figure_over_listed_dates_reads_no_exchange(
    news: Callable[..., Any], text: str
) -> None:
    assert news(text).exchanges == []


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a figure per date: each date keeps its own exchange
        ("Kyiv took back 900 bodies in May and 700 in June.", {"2025-05", "2025-06"}),
        # "each time" shares the figure out over the months
        (
            "In May, June and July, Kyiv took back about 900 bodies each time.",
            {"2025-05", "2025-06", "2025-07"},
        ),
        # a date set off by a comma is one date, not a list
        (
            "Yesterday, 13 March, 12 residents of the Sumy region came back to Ukraine.",
            {"2025-03-13"},
        ),
    ],
)
def test_news_dates_of_their_own_figures_stay_read(
    news: Callable[..., Any], text: str, periods: set[str]
) -> None:
    assert {str(e.period) for e in news(text).exchanges} == periods


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.sampled_from(MONTHS), min_size=2, max_size=3, unique=True),
    st.integers(min_value=2_101, max_value=9_000),
    st.sampled_from(["Kyiv received", "Ukraine took back", "Russia handed over"]),
)
def test_news_no_listed_month_takes_a_lone_figure(
    news: Callable[..., Any], months: list[str], amount: int, clause: str
) -> None:
    listed = ", ".join(months[:-1]) + f" and {months[-1]}"
    text = f"{clause} {amount:,} bodies in {listed}."
    assert news(text, published=date(2025, 11, 20)).exchanges == []
