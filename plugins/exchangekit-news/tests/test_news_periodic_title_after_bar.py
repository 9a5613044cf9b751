"""A periodic report titled "... | Monthly Update | October 2025" counts to the month's end.

The title's month may follow its name after a bar as after a comma: issued in the
next month, the report's running totals given with no date are as of the last day of
the month it covers; issued within that month, they are current on the day of issue.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_BODY = (
    "\n\nSince February 2022, the mission has verified that 12,400 civilians have been "
    "killed in Ukraine.\n"
)


@pytest.mark.parametrize("bar", ["|", "·"])
def test_news_a_title_month_after_a_bar_dates_the_running_total(news: News, bar: str) -> None:
    title = f"Civilian Harm Report {bar} Monthly Update {bar} March 2025"
    text = title + "\nPublished 9 April 2025" + _BODY
    read = news(text, published=date(2025, 4, 9))
    assert read.claim_days_of(12400) == {"2025-03-31"}


def test_news_a_title_month_of_the_issue_keeps_the_day_of_issue(news: News) -> None:
    text = "Civilian Harm Report | Monthly Update | April 2025\nPublished 29 April 2025" + _BODY
    read = news(text, published=date(2025, 4, 29))
    assert read.claim_days_of(12400) == {"2025-04-29"}
