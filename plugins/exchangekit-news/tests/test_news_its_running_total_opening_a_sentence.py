""" "Its cumulative figure is N" opening a sentence is the running total of the office told before.

The possessive points back, as "it" would, to the latest office or organisation heard
from ("The Coordination Headquarters said ... Its cumulative figure is 5,857"), so the
total is that office's side's and is attributed to it. A person told before ("Zelensky
said ...") is no "it", and a figure that is no running total ("its hotline figure")
stays unread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 6, 5)
_TOLD = "The Coordination Headquarters said 84 Ukrainians came home on Friday. "


@pytest.mark.parametrize(
    "total",
    [
        "Its cumulative figure is 5,857.",
        "Its overall total is now 5,857.",
        "Its running total stands at 5,857.",
    ],
)
def test_news_its_running_total_is_the_offices_sides(news: News, total: str) -> None:
    result = news(_TOLD + total, published=_DAY)
    assert result.tally_keys() == {("RUS", "UKR", Count.exact(5_857))}
    assert {t.claimant.name for t in result.tallies} == {
        "Coordination Headquarters for the Treatment of Prisoners of War"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said 84 Ukrainians came home on Friday. Its cumulative figure is 5,857.",
        _TOLD + "Its new hotline figure is 5,857.",
    ],
)
def test_news_its_figure_with_no_office_or_no_total_is_unread(news: News, text: str) -> None:
    """Near misses: a person is no "it"; a figure not said to run on is no total."""
    assert news(text, published=_DAY).tallies == []
