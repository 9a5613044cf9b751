"""Month-less days listed as ordinals with one "the": "on the 3rd and 19th respectively".

A recap names a month once and its days as bare ordinals, the second without its
"the"; each figure of the list "respectively" shares out goes to its own day of that
month. A later clause past ", and" with a date of its own ("and on Nov. 8, ...") is
no item of that list. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Recap = Callable[[str], Any]


def test_news_second_ordinal_without_the_is_a_day(recap: Recap) -> None:
    found = recap(
        "In September, Kyiv and Moscow traded 61 and 88 soldiers apiece, on the 3rd and"
        " 19th respectively, mediators in Abu Dhabi said."
    )
    assert found == {
        ("2025-09-03", "UKR", "RUS", "prisoners_of_war", "61"),
        ("2025-09-03", "RUS", "UKR", "prisoners_of_war", "61"),
        ("2025-09-19", "UKR", "RUS", "prisoners_of_war", "88"),
        ("2025-09-19", "RUS", "UKR", "prisoners_of_war", "88"),
    }


def test_news_month_of_the_days_past_a_later_dated_clause(recap: Recap) -> None:
    found = recap(
        "October saw swaps of 44 and 102 prisoners per side, on the 2nd and 27th"
        " respectively, and on Nov. 8, 30 civilians came home to Ukraine, officials said."
    )
    assert found == {
        ("2025-10-02", "UKR", "RUS", "prisoners_of_war", "44"),
        ("2025-10-02", "RUS", "UKR", "prisoners_of_war", "44"),
        ("2025-10-27", "UKR", "RUS", "prisoners_of_war", "102"),
        ("2025-10-27", "RUS", "UKR", "prisoners_of_war", "102"),
        ("2025-11-08", "RUS", "UKR", "civilians", "30"),
    }


def test_news_ordinals_of_exchanges_are_no_days(recap: Recap) -> None:
    # near miss: "the 14th and 24th exchanges" rank swaps; no day of October is named
    found = recap(
        "In October the 14th and 24th exchanges of the war freed 44 and 102 prisoners"
        " per side respectively."
    )
    assert not any(period.startswith("2025-10-") for period, *_ in found)
