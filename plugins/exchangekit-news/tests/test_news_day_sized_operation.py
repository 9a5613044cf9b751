"""An "operation" sized by days is one exchange made in stages, as "the three-day swap" is.

"A four-day operation that saw 800 captives from each side go home" sums the days'
handovers: no one day's exchange. Placed in a month it is that span's total; left
unplaced, with the days told one by one elsewhere, it is not read. An operation of
one day is that day's handover.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser

from exchangekit import Count, ExchangeTally

from .conftest import moves

_TOLD = date(2025, 4, 14)


def _tallies(text: str) -> set[tuple[str, str, Count]]:
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=_TOLD)
    return {
        (t.sender.code, t.receiver.code, t.count) for t in items if isinstance(t, ExchangeTally)
    }


def test_unplaced_operation_of_days_is_no_handover() -> None:
    text = (
        "The two countries completed on Sunday a four-day operation that saw 800 captives "
        "from each side go home."
    )
    assert moves(text, _TOLD) == set()


def test_operation_of_days_in_a_month_is_a_total() -> None:
    text = (
        "The two countries ended a four-day operation in April that saw 800 captives "
        "from each side go home."
    )
    assert moves(text, _TOLD) == set()
    assert _tallies(text) == {("UKR", "RUS", Count.exact(800)), ("RUS", "UKR", Count.exact(800))}


def test_operation_of_one_day_is_that_days_handover() -> None:
    text = "On Friday, in a one-day operation, 65 captives went home each way."
    assert {(s, r, n) for s, r, _, n in moves(text, _TOLD)} == {
        ("UKR", "RUS", 65),
        ("RUS", "UKR", 65),
    }
