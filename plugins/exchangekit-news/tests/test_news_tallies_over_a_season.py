"""A figure told "over the summer" sums the season's handovers (issue 8).

"Over the summer, 430 Ukrainian soldiers came home": "over the" or "during the" a season
frames a whole span, as "during 2024" does, so the figure is the season's total, not
one handover with the season as its date. "In the summer, 430 came home" may date a
single handover and stays one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2026, 9, 10)


@pytest.mark.parametrize("opener", ["Over the summer", "During the summer"])
def test_news_figure_over_a_season_is_its_total(news: News, opener: str) -> None:
    """A tally to Ukraine covering June to August, no exchange."""
    result = news(f"{opener}, 430 Ukrainian soldiers came home.", published=_DAY)
    assert result.exchanges == []
    assert {(t.receiver.code, str(t.covers)) for t in result.tallies} == {
        ("UKR", "2026-06-01/2026-08-31")
    }


def test_news_figure_in_a_season_stays_a_handover(news: News) -> None:
    """Near miss: "in the summer" may date one handover: no tally."""
    result = news("In the summer, 430 Ukrainian soldiers came home.", published=_DAY)
    assert result.tallies == []


def test_news_months_listed_inside_a_season_stay_handovers(news: News) -> None:
    """Near miss: months named after the season, a size each, are one handover each."""
    result = news(
        "Over the summer, in June, July and August, about 200 each month, Kyiv got back its dead.",
        published=_DAY,
    )
    assert result.tallies == []
