"""A heading that names its period and then what else the report holds still dates its tolls.

"Covering the period 1 to 30 September 2025, with yearly totals for 2025": the words
after the comma say what the report contains; with no figure among them (a year only),
the line is still a heading, and the running tolls the report gives stand at the
period's end, not on the day it was issued. A line going on with a figure of its own
("with 40 cases reviewed") or a clause ("in which ...") is not such a heading.
"""

from __future__ import annotations

from datetime import date

import pytest
from exchangekit_news._dateline import period_line
from exchangekit_news._tokens import tokenize

from .conftest import read

_PERIOD = "Covering the period 1 to 30 September 2025"


def _end(line: str) -> str | None:
    tokens = tokenize(line)
    return period_line(tokens, 0, len(tokens))


def test_news_a_period_heading_naming_its_contents_ends_the_period() -> None:
    assert _end(_PERIOD + ", with yearly totals for 2025") == "30 September 2025"


@pytest.mark.parametrize("rest", [", with 40 cases reviewed", ", in which 40 civilians died"])
def test_news_a_line_going_on_with_a_figure_or_a_clause_is_no_heading(rest: str) -> None:
    # near miss: a figure or a clause after the period makes the line a sentence
    assert _end(_PERIOD + rest) is None


def test_news_a_running_toll_under_such_a_heading_stands_at_the_periods_end() -> None:
    text = (
        "Civilian Harm Watch\nMonthly Update, 9 October 2025\n"
        + _PERIOD
        + ", with yearly totals for 2025\n\n"
        "Since February 2022, the Watch has verified that at least 9,412 Ukrainian "
        "civilians have been killed.\n"
    )
    days = read(text, published=date(2025, 10, 9)).claim_days_by_count_text()
    assert days == {"at least 9,412": "2025-09-30"}
