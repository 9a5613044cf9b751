"""Dates told of a plan or of a share of the figure, set beside it, do not date it.

Issue 8, frozen-44: "a swap that had been due to take place before Easter in April"
dates the plan, not the swap done on Thursday; "some 18,000 bodies since 2022, the
overwhelming majority of them in 2025" dates the share, not the total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from .conftest import Read


@pytest.mark.parametrize("share", ["the vast majority", "the overwhelming majority"])
def test_news_total_with_a_strengthened_share_aside_stands_when_told(
    news: Callable[..., Read], share: str
) -> None:
    text = (
        "Since 2022, according to the ombudsman, some 9,500 bodies have been returned to "
        f"Ukraine, {share} of them in 2025, when the talks produced monthly handovers of "
        "around 900 at a time."
    )
    tallies = news(text, published=date(2026, 2, 10)).tallies
    assert [t.as_of.format() for t in tallies] == ["2026-02-10"]


def test_news_no_share_word_is_no_share_aside(news: Callable[..., Read]) -> None:
    # "the vast number of them": no share word, so the share rule leaves the year alone
    text = "Ukraine has brought back some 9,500 bodies since 2022, the vast number of them in 2025."
    tallies = news(text, published=date(2026, 2, 10)).tallies
    assert [t.as_of.format() for t in tallies] == ["2025-12-31"]


@pytest.mark.parametrize(
    "plan", ["had been due in December", "had been expected before the new year in December"]
)
def test_news_swap_once_due_in_another_month_is_dated_by_its_own_day(
    news: Callable[..., Read], plan: str
) -> None:
    text = (
        f"The two sides swapped prisoners on Tuesday in an exchange that {plan}, with Kyiv "
        "saying 210 soldiers were back and Moscow receiving the same number."
    )
    exchanges = news(text, published=date(2025, 6, 20)).exchanges
    assert {e.period.format() for e in exchanges} == {"2025-06-17"}


def test_news_swap_that_took_place_in_a_month_keeps_that_month(
    news: Callable[..., Read],
) -> None:
    # a relative clause that tells the swap done, not planned, dates it
    text = (
        "The two sides swapped prisoners in an exchange that took place in December, with "
        "Kyiv saying 210 soldiers were back and Moscow receiving the same number."
    )
    exchanges = news(text, published=date(2025, 6, 20)).exchanges
    assert {e.period.format() for e in exchanges} == {"2024-12"}
