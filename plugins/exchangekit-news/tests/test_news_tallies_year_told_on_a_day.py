"""A total told on a day for a past year covers that year, not the war up to the day.

"Ukraine's ombudsman said on Monday that 2,700 of its citizens, most of them soldiers, had
been brought back from Russian captivity during 2024": the day is when it was said; the
span is 2024 alone. "... had come home since 2024" runs from 2024 up to that day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's ombudsman said on Monday that 2,700 of its citizens, most of them soldiers, "
        "had been brought back from Russian captivity during 2024.",
        "Kyiv's human rights office told reporters on Monday that 2,700 Ukrainians had come "
        "home in 2024, a record.",
    ],
)
def test_news_total_for_a_past_year_told_on_a_day_covers_that_year(news: News, text: str) -> None:
    result = news(text)  # published Thursday 23 October 2025: Monday is the 20th
    assert result.tally_spans() == {("2024-01-01/2024-12-31", "UKR", "other", "2,700")}
    assert result.tally_days() == {"2025-10-20"}


def test_news_since_a_year_told_on_a_day_runs_to_that_day(news: News) -> None:
    """Near miss: "since 2024" opens the span; it does not close with the year."""
    result = news("The ombudsman said on Monday that 2,700 Ukrainians had come home since 2024.")
    assert result.tally_spans() == {("2024-01-01/2025-10-20", "UKR", "other", "2,700")}
