"""A report's heading that states its period dates the report's running tolls at its end.

"Reporting period: 1-31 March 2025 | Issued: 9 April 2025": the tolls the report has
verified stand at the period's last day, whether the day of issue follows a colon or
not. Who is held now ("hundreds remain in detention") is told on the day of issue,
after the period closed; a figure with a date of its own keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest
from exchangekit_news._dateline import period_line
from exchangekit_news._tokens import tokenize

from .conftest import read

_PUBLISHED = date(2025, 4, 9)
_HEAD = (
    "Monitoring Office for Detainees\n"
    "Civilian Harm - Monthly Update\n"
    "Reporting period: 1-31 March 2025 | Issued: 9 April 2025\n\n"
)


@pytest.mark.parametrize("issued", ["Issued: 9 April 2025", "Issued 9 April 2025"])
def test_news_a_period_heading_ends_before_an_issue_day_after_a_colon(issued: str) -> None:
    tokens = tokenize(f"Reporting period: 1-31 March 2025 | {issued}")
    assert period_line(tokens, 0, len(tokens)) == "31 March 2025"


def test_news_a_verified_running_toll_stands_at_the_periods_end() -> None:
    text = _HEAD + (
        "Since 24 February 2022, the Office, which checks each case against three sources, "
        "has verified that at least 9,412 civilians have been killed in Ukraine - a "
        "minimum, it stresses.\n"
    )
    assert read(text, published=_PUBLISHED).claim_days_by_count_text() == {
        "at least 9,412": "2025-03-31"
    }


def test_news_who_is_held_now_is_told_on_the_day_of_issue() -> None:
    text = _HEAD + (
        "The Office notes, too, that hundreds of Ukrainian civilians, many of them held "
        "without charge, remain in Russian detention.\n"
    )
    days = {str(c.as_of) for c in read(text, published=_PUBLISHED).claims}
    assert days == {"2025-04-09"}


def test_news_a_held_count_with_its_own_day_keeps_it() -> None:
    # near miss: the count is dated in the sentence; neither the period's end nor issue day
    text = _HEAD + (
        "On 12 March, officials in Kyiv said, some 1,800 Ukrainian civilians were still "
        "held in Russian detention.\n"
    )
    days = {str(c.as_of) for c in read(text, published=_PUBLISHED).claims}
    assert days == {"2025-03-12"}
