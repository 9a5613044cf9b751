"""A day of saying in a clause joined by ", and" is not the day of the figure before it.

"Kyiv says more than 8,000 of its citizens are held in Russia, soldiers and
civilians together, and the ombudsman ... said on Tuesday that he had written to
the Red Cross again": the figure is Kyiv's, told in the present; Tuesday is when
another speaker said something else. Set off after the figure without "and"
(", the ombudsman said on Tuesday"), the saying is the figure's and dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

_FIGURE = (
    "Kyiv says more than 8,000 of its citizens are held in Russia, soldiers and civilians "
    "together, "
)


def test_news_a_saying_in_a_joined_clause_does_not_date_the_figure(news: News) -> None:
    text = _FIGURE + (
        "and the ombudsman, Dmytro Lubinets, said on Tuesday that he had written to the Red "
        "Cross again."
    )
    # published on Thursday 23 October 2025 (the helper's default)
    assert news(text).claim_days_by_count_text() == {"more than 8,000": "2025-10-23"}


def test_news_a_saying_set_off_after_the_figure_dates_it(news: News) -> None:
    text = _FIGURE + "the ombudsman, Dmytro Lubinets, said on Tuesday."
    assert news(text).claim_days_by_count_text() == {"more than 8,000": "2025-10-21"}
