"""A swap told on the day it was said, with a dated back-story in an aside on some of its people.

"Kyiv said on Tuesday that 130 soldiers had been freed, among them 40 who had held the
port until they surrendered in March": the month is when those 40 surrendered, told in a
relative clause on them, and dates no exchange. With it set aside the figure is dated as
it would be without the aside: by the day of saying, not the day of the story.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# published Thursday 13 March 2025; "Tuesday" is 11 March
_PUBLISHED = date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Tuesday that 130 of its soldiers had come home in a prisoner exchange, "
        "among them 40 who had fought at the steel plant until February.",
        "Ukraine said on Tuesday that 130 of its soldiers had come home in the largest swap "
        "of the year, including 40 who had defended the bridgehead until January.",
        "The headquarters said on Tuesday that 130 Ukrainian soldiers had returned in an "
        "exchange, among them 12 nurses who had staffed a field hospital until November.",
    ],
)
def test_news_swap_said_on_a_day_keeps_that_day_past_an_asides_back_story(
    news: News, text: str
) -> None:
    assert ("2025-03-11", "UKR", "130") in news(text, published=_PUBLISHED).day_receipts()


def test_news_swap_whose_own_clause_names_its_month_keeps_the_month(news: News) -> None:
    # near miss: the month is the exchange's own ("freed last month"), not an aside's
    assert news(
        (
            "Kyiv said on Tuesday that 130 of its soldiers had been freed in an exchange last "
            "month, among them 40 who had held the port."
        ),
        published=_PUBLISHED,
    ).day_receipts() == {("2025-02", "UKR", "130")}


@_SETTINGS
@given(
    whole=st.integers(min_value=60, max_value=1_500), part=st.integers(min_value=2, max_value=50)
)
def test_news_said_day_stands_past_any_dated_aside(news: News, whole: int, part: int) -> None:
    result = news(
        f"Ukraine said on Tuesday that {whole:,} of its soldiers had been freed in an "
        f"exchange, including {part} who had defended the bridgehead until January.",
        published=_PUBLISHED,
    )
    legs = [(str(e.period), t.count) for e in result.exchanges for t in e.transfers]
    assert ("2025-03-11", Count.parse(f"{whole:,}")) in legs
    assert all(period == "2025-03-11" for period, _ in legs)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # near miss: a "which" clause on the exchange dates the exchange, not its people
        (
            "Kyiv said on Tuesday that 130 of its soldiers had been freed in an exchange, "
            "which took place on Sunday.",
            "2025-03-09",
        ),
        (
            "Kyiv said on Tuesday that 130 of its soldiers had come home in a swap, which was "
            "carried out last week with UAE mediation.",
            "2025-W10",
        ),
    ],
)
def test_news_aside_on_the_exchange_itself_dates_it(news: News, text: str, period: str) -> None:
    assert news(text, published=_PUBLISHED).day_receipts() == {(period, "UKR", "130")}


def test_news_aside_on_an_earlier_swap_neither_dates_nor_takes_the_day_of_saying(
    news: News,
) -> None:
    # near miss: "since a swap, which took place in May" is another exchange's month; the
    # said day is not carried past it either
    periods = {
        p
        for p, _, _ in news(
            (
                "Kyiv said on Tuesday that 130 of its soldiers had been freed, the most since a "
                "swap, which took place in May."
            ),
            published=_PUBLISHED,
        ).day_receipts()
    }
    assert periods.isdisjoint({"2024-05", "2025-03-11"})
