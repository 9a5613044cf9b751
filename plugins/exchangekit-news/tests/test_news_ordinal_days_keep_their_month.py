"""Ordinal days belong to the month named before them, not to a later month.

A recap names a month, lists its days as bare ordinals, then opens a clause on "other
days in November": the ordinals are the first month's days, so the later month's
figure keeps the month alone rather than taking one of them ("2 November" would be a
day nobody named). Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Recap = Callable[[str], Any]


def test_news_later_month_takes_no_ordinal_of_the_month_before(recap: Recap) -> None:
    found = recap(
        "September, by the Coordination Headquarters' count, brought swaps of 63 and 118"
        " soldiers a side, on the 5th and the 21st respectively, and on two further days"
        " in October, 40 and 9 civilians, most of them from occupied Kherson, were"
        " brought home to Ukraine."
    )
    assert ("2025-09-05", "UKR", "RUS", "prisoners_of_war", "63") in found
    assert ("2025-09-21", "RUS", "UKR", "prisoners_of_war", "118") in found
    october = {period for period, *_ in found if period.startswith("2025-10")}
    assert october <= {"2025-10"}
    assert not any(period in ("2025-10-05", "2025-10-21") for period, *_ in found)


def test_news_ordinal_after_its_own_month_still_narrows_it(recap: Recap) -> None:
    # near miss: the day follows the month it belongs to, after an earlier month
    found = recap(
        "After a quiet September, in October, on the 6th, 32 civilians were brought home"
        " to Ukraine, the ombudsman said."
    )
    assert found == {("2025-10-06", "RUS", "UKR", "civilians", "32")}
