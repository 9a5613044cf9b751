"""A report titled by the month it covers, issued later: its running tolls stand at month end.

"Monthly Bulletin, March 2026" over "Issued in Lviv, 8 April 2026": the title names
the month covered, the line below only when the report came out, so a toll counted
since the war began stands at 31 March. A report issued within its month ("Update,
March 2026" published on 5 March) is current on its day, and a plain dateline
("LVIV, 8 April 2026") dates the text itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from exchangekit_news._dateline import issued_line, month_ended, titled_month
from exchangekit_news._tokens import Token, tokenize

from .conftest import read

_TOLL = (
    "Since February 2022, the Observatory has confirmed that at least 7,215 Ukrainian "
    "civilians have been killed.\n"
)


def _line(function: Callable[[Sequence[Token], int, int], str | None], line: str) -> str | None:
    tokens = tokenize(line)
    return function(tokens, 0, len(tokens))


def test_news_a_title_closing_with_its_month_names_it() -> None:
    assert _line(titled_month, "Civilian Harm Observatory - Monthly Bulletin, March 2026") == (
        "March 2026"
    )
    # near miss: a title dated by its day names no month covered
    assert _line(titled_month, "Civilian Harm Observatory - Bulletin, 8 April 2026") is None


def test_news_an_issue_line_gives_its_day() -> None:
    assert _line(issued_line, "Issued in Lviv, 8 April 2026") == "8 April 2026"
    assert _line(issued_line, "Issued on 8 April 2026") == "8 April 2026"
    # near miss: a sentence that goes on past the day is no heading line
    assert _line(issued_line, "Issued on 8 April 2026 after a long delay") is None


def test_news_the_months_end_only_when_issued_after_it() -> None:
    assert month_ended("March 2026", "8 April 2026") == "31 March 2026"
    assert month_ended("March 2026", "5 March 2026") is None


def test_news_a_running_toll_in_such_a_report_stands_at_the_months_end() -> None:
    text = (
        "Civilian Harm Observatory - Monthly Bulletin, March 2026\n\n"
        "Issued in Lviv, 8 April 2026\n\n" + _TOLL
    )
    days = read(text, published=date(2026, 4, 8)).claim_days_by_count_text()
    assert days == {"at least 7,215": "2026-03-31"}


def test_news_a_report_issued_within_its_month_is_current_on_its_day() -> None:
    # near miss: the title's month is the month of issue
    text = (
        "Civilian Harm Observatory - Monthly Bulletin, March 2026\n\n"
        "Issued in Lviv, 5 March 2026\n\n" + _TOLL
    )
    days = read(text, published=date(2026, 3, 5)).claim_days_by_count_text()
    assert days == {"at least 7,215": "2026-03-05"}
