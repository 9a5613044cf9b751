"""A figure counted "in (over) the same week" as a figure dated by a week or a month.

"Britain said this month that Russia had lost 700,000. A volunteer list of Russian
dead had reached 120,000 names in the same week": the week lies inside the month told
before, so the second figure is as of that month, not the day the story is told. After
a day ("on Tuesday") the week is wider than the day, so the day is not borrowed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 26)


@pytest.mark.parametrize(
    ("told", "day"),
    [("this month", "2025-03"), ("in early March", "2025-03"), ("last week", "2025-W12")],
)
def test_news_the_same_week_takes_a_wider_date_told_before(news: News, told: str, day: str) -> None:
    text = (
        f"Britain's defence ministry said {told} that Russia had lost some 700,000 soldiers "
        "killed and wounded. A list of Russian dead kept by volunteers from funeral notices "
        "had reached 120,000 names in the same week."
    )
    assert news(text, published=_PUBLISHED).claim_days_of(120_000) == {day}


def test_news_the_same_week_does_not_take_a_day_told_before(news: News) -> None:
    """The near miss: the week holds the day, not the other way round."""
    text = (
        "Britain's defence ministry said on Tuesday that Russia had lost some 700,000 "
        "soldiers killed and wounded. A list of Russian dead kept by volunteers from "
        "funeral notices had reached 120,000 names in the same week."
    )
    assert "2025-03-25" not in news(text, published=_PUBLISHED).claim_days_of(120_000)


def test_news_the_same_week_told_in_the_present_is_current(news: News) -> None:
    """The near miss: "claims" tells a sum over the week up to now, as of the day told."""
    text = (
        "A NATO official said this week that Russia had lost some 700,000 soldiers killed "
        "and wounded. Moscow, for its part, claims Ukraine lost up to 9,000 troops in the "
        "same week."
    )
    claims = news(text, published=_PUBLISHED).claims
    assert {str(c.as_of) for c in claims if c.subject.code == "UKR"} == {"2025-03-26"}
