"""A heading line of the month a report covers, with its day of issue in brackets.

"Casualty Bulletin" over "March 2026 (issued 9 April 2026)": the month is the one the
report counts, the bracketed day only when it came out, so a toll counted since the war
began stands at 31 March. A report issued within its month is current on its day.
"""

from __future__ import annotations

from datetime import date

from exchangekit_news._dateline import month_issued_line
from exchangekit_news._tokens import tokenize

from .conftest import read

_TOLL = (
    "Since February 2022, the Observatory has confirmed that at least 7,215 Ukrainian "
    "civilians have been killed.\n"
)


def _line(line: str) -> tuple[str, str] | None:
    tokens = tokenize(line)
    return month_issued_line(tokens, 0, len(tokens))


def test_news_a_month_line_with_its_issue_day_gives_both() -> None:
    assert _line("March 2026 (issued 9 April 2026)") == ("March 2026", "9 April 2026")
    assert _line("March 2026 (published on 9 April 2026)") == ("March 2026", "9 April 2026")
    # near misses: a bracket of something else, a line that goes on past the bracket
    assert _line("March 2026 (second edition)") is None
    assert _line("March 2026 (issued 9 April 2026) with corrections") is None


def test_news_a_running_toll_under_such_a_line_stands_at_the_months_end() -> None:
    text = "Civilian Harm Observatory - Casualty Bulletin\nMarch 2026 (issued 9 April 2026)\n\n"
    days = read(text + _TOLL, published=date(2026, 4, 9)).claim_days_by_count_text()
    assert days == {"at least 7,215": "2026-03-31"}


def test_news_a_report_issued_within_its_month_is_current_on_its_day() -> None:
    text = "Civilian Harm Observatory - Casualty Bulletin\nMarch 2026 (issued 20 March 2026)\n\n"
    days = read(text + _TOLL, published=date(2026, 3, 20)).claim_days_by_count_text()
    assert days == {"at least 7,215": "2026-03-20"}
