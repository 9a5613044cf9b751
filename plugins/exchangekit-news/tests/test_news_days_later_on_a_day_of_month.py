"""A count of days with a day of the month beside it: "Four days later, on the 17th, ...".

The day of the month fixes the date, in the month the count reaches from the day
told before: "On October 13 ... Four days later, on the 17th" is 17 October. When the
day named is not after the day counted from (the 17th, four days after the 21st),
the count was from another day than the one in hand, and the exchange is left out
with a note rather than dated wrong. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]


def _periods(found: set[tuple[str, str, str, str, str]], count: str) -> set[str]:
    return {period for period, *_, n in found if n == count}


def test_news_day_named_beside_days_later(recap: Recap) -> None:
    found = recap(
        "On October 13, Ukraine got back 20 soldiers. Four days later, on the 17th,"
        " Russia took back 50 sailors."
    )
    assert _periods(found, "50") == {"2025-10-17"}


def test_news_day_named_wins_over_the_count(recap: Recap) -> None:
    # the count and the day disagree: the day named, in the month in hand
    found = recap(
        "Kyiv got back 84 soldiers on October 2. Four days later, on the 17th, Moscow"
        " received 61 prisoners."
    )
    assert _periods(found, "61") == {"2025-10-17"}


def test_news_count_into_the_next_month(recap: Recap) -> None:
    found = recap(
        "On October 29, Ukraine got back 20 soldiers. A week later, on the 5th, Russia"
        " took back 45 sailors."
    )
    assert _periods(found, "45") == {"2025-11-05"}


def test_news_day_before_the_base_is_left_out(news: Any) -> None:
    # near miss: the 17th does not come four days after September 21 in its month
    result = news(
        "On September 21, Ukraine got back 215 soldiers. Four days later, on the 17th,"
        " Russia took back 50 sailors."
    )
    counts = {str(t.count) for e in result.exchanges for t in e.transfers}
    assert "50" not in counts
    assert "215" in counts


def test_news_days_later_without_a_day_still_counted(recap: Recap) -> None:
    # near miss: no day named, the count alone dates it
    found = recap(
        "On October 13, Ukraine got back 20 soldiers. Four days later, Russia took back 50 sailors."
    )
    assert _periods(found, "50") == {"2025-10-17"}


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=1, max_value=20), st.integers(min_value=1, max_value=9))
def test_news_matching_count_and_day_agree(recap: Recap, start: int, days: int) -> None:
    end = start + days
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(end, "th")
    found = recap(
        f"On October {start}, Ukraine got back 20 soldiers. {days} days later, on the"
        f" {end}{suffix}, Russia took back 1,350 sailors."
    )
    assert _periods(found, "1,350") == {f"2025-10-{end:02d}"}
