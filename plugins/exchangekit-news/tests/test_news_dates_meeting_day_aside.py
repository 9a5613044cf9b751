"""A meeting's day named in an aside after the figure does not date its handover.

Issue 8, frozen-44: "22 seriously wounded ... had been brought home, something Putin
had asked for during Tuesday's call": the call was on Tuesday; the 22 came home on
the day of the swap the story tells.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from .conftest import Read

PUBLISHED = date(2025, 6, 20)  # a Friday


def _days_of(read: Read, n: int) -> set[str]:
    """The dates of every exchange leg and running total of exactly ``n``."""
    legs = {e.period.format() for e in read.exchanges for t in e.transfers if t.count.best == n}
    return legs | {t.as_of.format() for t in read.tallies if t.count.best == n}


@pytest.mark.parametrize("meeting", ["call", "phone call", "talks"])
def test_news_wounded_sent_home_as_a_meeting_asked_come_on_the_swap_day(
    news: Callable[..., Read], meeting: str
) -> None:
    text = (
        "Kyiv and Moscow each freed 120 prisoners on Thursday. The ministry added that 15 "
        "badly wounded Russian soldiers had also been brought home, a gesture the Kremlin "
        f"had asked for during Monday's {meeting}."
    )
    assert _days_of(news(text, published=PUBLISHED), 15) == {"2025-06-19"}


def test_news_handover_named_by_its_day_still_dates_the_group(news: Callable[..., Read]) -> None:
    # "during Monday's handover": a handover, no meeting, so Monday is the group's day
    text = (
        "Kyiv and Moscow each freed 120 prisoners on Thursday. The ministry added that 15 "
        "badly wounded Russian soldiers had also been brought home during Monday's handover."
    )
    assert _days_of(news(text, published=PUBLISHED), 15) == {"2025-06-16"}
