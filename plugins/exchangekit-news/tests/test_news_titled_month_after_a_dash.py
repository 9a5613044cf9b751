"""A periodic report's title may set its month off with a dash or colon, not only a comma.

"Monthly Bulletin - March 2026" over "Published 8 April 2026": the month after the
dash is the one the report covers, so a toll counted since the war began stands at
its end, not at the later day of publication, a month too late. Every passage was
written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest
from exchangekit_news._dateline import titled_month
from exchangekit_news._tokens import tokenize

from .conftest import read

_TOLL = (
    "Since February 2022, the Observatory has confirmed that at least 7,215 Ukrainian "
    "civilians have been killed.\n"
)


def _titled(line: str) -> str | None:
    tokens = tokenize(line)
    return titled_month(tokens, 0, len(tokens))


@pytest.mark.parametrize(
    "line",
    [
        "Civilian Harm Observatory: Monthly Bulletin - March 2026",
        "Civilian Harm Observatory: Monthly Bulletin \u2014 March 2026",
        "Civilian Harm Observatory - Monthly Update: March 2026",
    ],
)
def test_news_a_title_setting_off_its_month_by_a_mark_names_it(line: str) -> None:
    assert _titled(line) == "March 2026"


def test_news_a_title_with_a_day_or_no_mark_names_no_month() -> None:
    # near misses: a day is the day of issue; a month not set off is no title's month
    assert _titled("Civilian Harm Observatory - Bulletin - 8 April 2026") is None
    assert _titled("Civilian Harm Observatory update March 2026") is None


def test_news_a_running_toll_under_a_dashed_title_stands_at_the_months_end() -> None:
    text = (
        "Civilian Harm Observatory\nMonthly Bulletin - March 2026\n"
        "Published 8 April 2026\n\n" + _TOLL
    )
    days = read(text, published=date(2026, 4, 8)).claim_days_by_count_text()
    assert days == {"at least 7,215": "2026-03-31"}
