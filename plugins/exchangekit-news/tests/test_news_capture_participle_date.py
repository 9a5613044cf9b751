"""A capture participle dates the capture only with the first date right after it.

"85 soldiers captured in 2023 on Wednesday": the year is the capture's, and the day
after it is the handover's. "has brought home 3,200 soldiers since they were captured
in 2022": a "since" clause of capture opens the span a running total covers, so the
figure is no single handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]
Dated = Callable[[str, date], set[tuple[str, str, str, str]]]

_THURSDAY = date(2025, 3, 13)
_DAYS = {"Monday": "2025-03-10", "Tuesday": "2025-03-11", "Wednesday": "2025-03-12"}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has brought home 3,200 soldiers since they were captured in 2022.",
        "Russia has released 3,200 Ukrainian soldiers since they were captured in 2023.",
        "Ukraine has got back 3,200 servicemen since they were detained in 2022.",
    ],
)
def test_news_since_a_capture_is_no_one_handover(receipts: Split, text: str) -> None:
    transfers, _ = receipts(text)
    assert not any(count == "3,200" for *_, count in transfers)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Kyiv got back 85 soldiers captured in 2023 on Wednesday.", "2025-03-12"),
        ("Ukraine brought home 85 servicemen detained in 2022 on Monday.", "2025-03-10"),
        ("Ukraine got back 85 soldiers captured in May 2022 on Tuesday.", "2025-03-11"),
        # near-miss: the handover's day first still dates it
        ("On Wednesday Kyiv got back 85 soldiers captured in 2023.", "2025-03-12"),
    ],
)
def test_news_the_day_after_the_capture_date_is_the_handovers(
    dated_legs: Dated, text: str, day: str
) -> None:
    assert dated_legs(text, _THURSDAY) == {(day, "RUS", "UKR", "85")}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700),
    year=st.sampled_from(["2022", "2023", "2024"]),
    weekday=st.sampled_from(sorted(_DAYS)),
)
def test_news_a_day_after_a_capture_year_dates_the_handover(
    dated_legs: Dated, n: int, year: str, weekday: str
) -> None:
    text = f"Ukraine got back {n:,} soldiers captured in {year} on {weekday}."
    assert dated_legs(text, _THURSDAY) == {(_DAYS[weekday], "RUS", "UKR", f"{n:,}")}
