"""One figure "each" per side over a list of dates dates no exchange.

"Russia and Ukraine each released 70 soldiers in August and September" gives
each side's count, but not whether it is each month's or the sum of both: no
month has it, so nothing is read. The same holds for "each" closing the figure's
people before a comma ("freed 70 soldiers each, in August and September") and
after a subject of "both sides". "each time", or months that "each" brought a
figure, still share the figure out, one exchange a month.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine each released 70 soldiers in August and September.",
        "Moscow and Kyiv each handed over 70 prisoners on 4, 9 and 20 August.",
        "Both sides freed 70 soldiers each, in August and September.",
    ],
)
def test_news_per_side_each_over_listed_dates_is_unread(receipts: Split, text: str) -> None:
    transfers, _ = receipts(text)
    assert not transfers


def test_news_each_time_over_listed_dates_still_reads(
    periods: Callable[[str, date], set[str]],
) -> None:
    """The near-miss: "each time" shares the figure out, one exchange a month."""
    found = periods(
        "In August and September Ukraine received about 900 bodies each time.",
        date(2025, 10, 2),
    )
    assert found == {"2025-08", "2025-09"}


@settings(max_examples=20, deadline=None)
@given(count=st.integers(min_value=2_101, max_value=9_000))
def test_news_per_side_each_any_count(receipts: Split, count: int) -> None:
    transfers, _ = receipts(f"Russia and Ukraine each freed {count:,} prisoners in May and June.")
    assert not transfers
