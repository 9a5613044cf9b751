"""A figure timed by "during a series of handovers", set before its clause, is their sum.

"Back in March, during a series of handovers spread over a fortnight, Russia returned 2,100
bodies, taking 44 in return, Kyiv said": the figure and its return leg add up several
handovers in the month, a tally over it and standing as of it, not one exchange. A clause
past a turn ("; on Friday it freed 90 more") is a handover of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Back in March, during a series of handovers spread over a fortnight, Russia returned "
        "2,100 bodies of Ukrainian soldiers, taking 44 in return, Kyiv said.",
        "In March, as the Ukrainian side later recalled, over a series of repatriations that "
        "the Red Cross oversaw, Moscow sent back 2,100 bodies of Ukrainian soldiers, receiving "
        "44 in exchange.",
    ],
)
def test_news_figures_during_a_series_are_the_months_tallies(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert result.exchanges == []
    assert result.tally_spans() == {
        ("2025-03-01/2025-03-31", "UKR", "remains", "2,100"),
        ("2025-03-01/2025-03-31", "RUS", "remains", "44"),
    }
    assert result.tally_days() == {"2025-03"}


def test_news_a_handover_past_a_turn_is_not_the_series(news: News) -> None:
    """Near miss: after the semicolon, Friday's 90 is one handover of its own."""
    result = news(
        "During a series of exchanges in the spring, Russia returned 900 Ukrainian soldiers; "
        "on Friday it freed 90 more.",
        published=_DAY,
    )
    assert {str(t.count) for t in result.tallies} == {"900"}
    assert result.moved_count_texts() == ["90"]
