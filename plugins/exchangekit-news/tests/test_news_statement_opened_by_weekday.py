"""A statement opened by its weekday pegs the text's undated claims on a day.

A text whose only dated statement is an aside "earlier this week" gives its undated
claims no day; but "On Friday, the defence ministry gave its first update" dates the
statement to a day as "the ministry said on Friday" does, and the claims keep the day.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

FRIDAY = date(2022, 3, 25)
LEAD = "KYIV, March 25 (Test Wire) - Ukraine and Russia swapped prisoners for the first time.\n\n"
AFTER = (
    " A general told reporters that 1,351 Russian servicemen had been killed. Western "
    "officials, speaking earlier this week, put Russian deaths higher.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Separately on Friday, the Russian defence ministry gave its first update on losses.",
        "On Friday, the ministry in Moscow published its first update on losses.",
        "On Friday, the Russian defence ministry said it would update its losses.",
    ],
)
def test_news_weekday_opening_a_statement_keeps_the_day(opening: str) -> None:
    assert read(LEAD + opening + AFTER, published=FRIDAY).claim_days_of(1351) == {"2022-03-25"}


def test_news_without_a_day_the_week_aside_leaves_the_month() -> None:
    # near miss: no statement is pegged on a day, so the week's aside makes it the month
    text = LEAD + "The Russian defence ministry gave its first update on losses." + AFTER
    assert read(text, published=FRIDAY).claim_days_of(1351) == {"2022-03"}
