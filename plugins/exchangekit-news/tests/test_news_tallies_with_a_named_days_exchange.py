"""A total "with Thursday's handover" counts through the exchange of the day it names.

A story may tell its exchange, then look back to an earlier one ("followed a similar
one on Oct. 2"); the total that opens "With Thursday's handover" is as of Thursday's
exchange, not the one told last. "With that handover, ... had received" points back to
the exchange just told, and a day whose exchange the text never told dates nothing.
"""

from __future__ import annotations

from .conftest import read

_STORY = (
    "Russia handed over the bodies of 500 Ukrainian soldiers on Thursday, officials said. "
    "The handover was the third since the summer and followed a similar one on Oct. 2, "
    "when 500 bodies were returned to Ukraine. "
)


def test_news_a_total_with_a_named_days_handover_stands_on_that_day() -> None:
    found = read(
        _STORY + "With Thursday's handover, Ukraine has received more than 8,000 bodies "
        "this year, the officials said."
    )
    assert found.tally_spans() == {("2025-01-01/2025-10-23", "UKR", "remains", "more than 8,000")}


def test_news_a_total_with_that_handover_stands_on_the_one_just_told() -> None:
    # near miss: no day is named, and "that" points back to the exchange told last
    found = read(
        _STORY + "With that handover, Ukraine had received more than 8,000 bodies this "
        "year, the officials said."
    )
    assert found.tally_days() == {"2025-10-02"}


def test_news_a_day_whose_exchange_was_never_told_dates_nothing() -> None:
    # near miss: no exchange of last Friday was told, so Friday is not the total's day
    found = read(
        _STORY + "With Friday's handover, Ukraine has received more than 8,000 bodies "
        "this year, the officials said."
    )
    assert found.tally_days() != {"2025-10-17"}
