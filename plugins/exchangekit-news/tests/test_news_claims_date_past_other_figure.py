"""A date right after another figure's noun phrase dates that figure, not the one reported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count, Period


def test_news_date_of_a_rival_figure_in_an_aside(news: Callable[..., Any]) -> None:
    result = news(
        "The army's command, meanwhile, says Moscow has lost more than 14,000 troops killed, "
        "a figure the Kremlin, which put its own dead at 612 on April 4 and has not revised "
        "it since, dismisses as lies.",
        published=date(2022, 4, 20),
    )
    dates = result.claim_days_by_count()
    assert dates[Count.parse("612")] == str(Period.day(date(2022, 4, 4)))
    assert dates[Count.parse("more than 14,000")] != str(Period.day(date(2022, 4, 4)))


def test_news_date_of_the_statement_still_dates_its_figure(news: Callable[..., Any]) -> None:
    # near miss: the date follows the verb of saying and no other figure stands between
    result = news(
        "The army's command said on April 4 that Moscow had lost more than 14,000 troops killed.",
        published=date(2022, 4, 20),
    )
    assert result.claim_days_by_count()[Count.parse("more than 14,000")] == str(
        Period.day(date(2022, 4, 4))
    )
