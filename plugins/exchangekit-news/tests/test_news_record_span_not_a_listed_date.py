"""The span a superlative is set in is no date of the handovers a sentence lists.

"On March 5 and April 9, in what officials called the biggest swaps this year, Kyiv
got back 300 bodies each time and Moscow 20 and 25 respectively": "this year" says
what the record is counted over; read as a third date it shifts the list ("20" on
April 9, "25" on no day). With days told, such a span is dropped from the dates the
sizes are shared out over; a day after the superlative ("the largest swap on 16
May") and a "since" date with its own swap ("the largest since October, when ...")
stay dates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    "aside",
    [
        "in what officials called the biggest swaps this year",
        'in handovers described as "the largest so far this year"',
    ],
)
def test_news_record_year_is_no_third_listed_date(recap: Callable[[str], Any], aside: str) -> None:
    found = recap(
        f"On March 5 and April 9, {aside}, Kyiv got back 300 bodies each time, while"
        " the Russian side received 20 and 25 respectively."
    )
    assert found == {
        ("2025-03-05", "RUS", "UKR", "remains", "300"),
        ("2025-04-09", "RUS", "UKR", "remains", "300"),
        ("2025-03-05", "UKR", "RUS", "remains", "20"),
        ("2025-04-09", "UKR", "RUS", "remains", "25"),
    }


def test_news_day_after_a_superlative_stays_the_date(recap: Callable[[str], Any]) -> None:
    # near miss: the day the superlative is followed by is the swap's own day
    found = recap(
        "The largest handover of the summer came on July 14, when Ukraine received 800 bodies."
    )
    assert {(period, count) for period, *_, count in found} == {("2025-07-14", "800")}


def test_news_since_date_of_a_record_keeps_its_swap(recap: Callable[[str], Any]) -> None:
    # near miss: "since October, when ..." tells October's own swap
    found = recap(
        "Saturday's exchange was the biggest since October, when 95 Ukrainian women were freed."
    )
    assert any(period == "2025-10" and count == "95" for period, *_, count in found)
