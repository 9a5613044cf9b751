"""A figure kept back and then "said out loud" on a day is told on that day.

"On Tuesday, at a televised briefing, the defence minister said it out loud. '12,000
of our soldiers have been killed,' he said": the sentence tells that the number was
given, in the open, on Tuesday, so the figures the text goes on to quote from him
stand on Tuesday, as after "gave a figure on Tuesday", not on the day of the report.
A sentence that gives no day, or a teller who did not say it, dates nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

_QUOTE = '\n\n"More than 12,000 Ukrainian soldiers have been killed," he said.\n'


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday, President Volodymyr Zelensky said it out loud.",
        "On Tuesday, at a televised briefing, President Volodymyr Zelensky said it aloud.",
        "On Tuesday President Volodymyr Zelensky said so publicly for the first time.",
    ],
)
def test_news_a_figure_said_in_the_open_stands_on_that_day(news: News, opening: str) -> None:
    # published on Thursday 23 October 2025: Tuesday the 21st
    assert news(opening + _QUOTE).claim_days_by_count_text() == {"more than 12,000": "2025-10-21"}


@pytest.mark.parametrize(
    "opening",
    [
        "President Volodymyr Zelensky has said it out loud.",
        "On Tuesday, President Volodymyr Zelensky did not say it out loud.",
    ],
)
def test_news_no_day_or_no_saying_leaves_the_report_day(news: News, opening: str) -> None:
    assert news(opening + _QUOTE).claim_days_by_count_text() == {"more than 12,000": "2025-10-23"}
