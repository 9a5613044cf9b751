"""A range or list of dates after a capture participle is the capture's as a whole.

"Russia freed 90 men captured between May and June 2022": both ends of the range date
the capture, so the second end is no date of the release. A day set off after the range
("captured from May to July 2022 on Tuesday") still dates the handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Dated = Callable[[str, date], set[tuple[str, str, str, str]]]
News = Callable[..., Any]

_THURSDAY = date(2025, 3, 13)
_WAR = "2022-02-24"


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed 90 men captured between May and June 2022.",
        "Kyiv got back 90 soldiers captured from March to April 2023.",
        "Russia released 90 Ukrainians detained in May and June 2022.",
    ],
)
def test_news_no_end_of_a_capture_range_dates_the_release(news: News, text: str) -> None:
    read = news(text, published=_THURSDAY)
    spans = [str(e.period) for e in read.exchanges] + [str(t.covers) for t in read.tallies]
    # a running total covers the war from its start; no span may open in the capture range
    assert not any(span.startswith(("2022-0", "2023")) and span[:10] != _WAR for span in spans)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ukraine got back 85 soldiers captured from May to July 2022 on Tuesday.", "2025-03-11"),
        ("Kyiv got back 85 soldiers captured in 2022 and 2023 on Wednesday.", "2025-03-12"),
        # near-miss: one capture date, then the handover's day
        ("Kyiv got back 85 soldiers captured in 2023 on Wednesday.", "2025-03-12"),
    ],
)
def test_news_a_day_after_a_capture_range_is_the_handovers(
    dated_legs: Dated, text: str, day: str
) -> None:
    assert dated_legs(text, _THURSDAY) == {(day, "RUS", "UKR", "85")}


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700),
    months=st.sampled_from([("March", "May"), ("June", "August"), ("April", "July")]),
    year=st.sampled_from(["2022", "2023"]),
)
def test_news_a_capture_range_never_dates_the_handover(
    news: News, n: int, months: tuple[str, str], year: str
) -> None:
    text = f"Russia freed {n:,} men captured between {months[0]} and {months[1]} {year}."
    read = news(text, published=_THURSDAY)
    spans = [str(e.period) for e in read.exchanges] + [str(t.covers) for t in read.tallies]
    assert not any(span.startswith(year) and span[:10] != _WAR for span in spans)
