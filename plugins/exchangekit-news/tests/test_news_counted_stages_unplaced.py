"""A total over a counted few stages at no told time is not a total of the war.

"Russia had returned 1,200 bodies in three stages" sums those stages only, and says
neither when they began nor when they ended: it is not read as a running tally since
2022. A month of its own, "since ..." or a day the stages all fell on still places it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeTally


def read(text: str) -> list[tuple[str, str, str]]:
    """(kind, count, span) of every transfer and tally read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 6, 20), publisher="Desk"
    )
    found: list[tuple[str, str, str]] = []
    for item in items:
        if isinstance(item, Exchange):
            found.extend(("T", str(t.count), str(item.period)) for t in item.transfers)
        elif isinstance(item, ExchangeTally):
            found.append(("Y", str(item.count), str(item.covers)))
    return found


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=300, max_value=6000),
    stages=st.sampled_from(["two", "three", "five", "4"]),
    noun=st.sampled_from(["stages", "batches", "tranches"]),
)
def test_stages_at_no_told_time_give_no_tally_since_the_war_began(
    n: int, stages: str, noun: str
) -> None:
    """Whatever the figure and the count of stages, no span from 2022 is made up."""
    text = f"Russia has returned {n:,} bodies to Ukraine in {stages} {noun}."
    assert not any(span.startswith("2022-02-24") for _, _, span in read(text))


def test_a_day_that_dates_the_telling_does_not_place_the_stages() -> None:
    """Harder: the day opens the sentence but dates the statement, not the stages."""
    text = "On Friday, the headquarters said Russia had returned 1,200 bodies in three stages."
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # near misses: a day all the stages fell on, a month, a start told
        ("On Friday Moscow returned 1,200 bodies in three batches.", "2025-06-20"),
        ("In June, Russia handed over 1,200 bodies to Ukraine in five stages.", "2025-06-01"),
        (
            "Russia has handed over 6,000 bodies to Ukraine in 12 stages since the start "
            "of the war.",
            "2022-02-24",
        ),
    ],
)
def test_a_placed_total_is_still_read(text: str, span: str) -> None:
    """Near miss: when the text places the stages, the figure is read as before."""
    assert any(s.startswith(span) for _, _, s in read(text))


def test_news_uncounted_stages_at_no_told_time_are_not_read(news: Callable[..., Any]) -> None:
    # "in several stages" with no date says neither when the stages began nor ended:
    # no tally over the whole war is invented, and no one handover either
    for text in (
        "Moscow passed 4,300 bodies to Kyiv in multiple stages.",
        "Kyiv took back 88 soldiers in several stages, the ombudsman said on Tuesday.",
    ):
        read = news(text, published=date(2025, 6, 10))
        assert read.tallies == [], text
        assert read.exchanges == [], text


def test_news_uncounted_stages_in_a_month_stay_a_tally(news: Callable[..., Any]) -> None:
    # near miss: a month of their own places the stages, so the sum is that month's
    read = news(
        "In April Moscow passed 4,300 bodies to Kyiv in several stages.",
        published=date(2025, 6, 10),
    )
    assert [(t.count, str(t.covers)) for t in read.tallies] == [
        (Count.exact(4300), "2025-04-01/2025-04-30")
    ]
