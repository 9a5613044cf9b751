"""One named day's handover made in parts is that day's handover, not a war-long total.

"On Friday Moscow returned 1,200 bodies in batches of 300" (or "in three stages") tells
one day's handover: it is read as a transfer on that day, never as a total covering the
war since 2022. A span of days or a month ("over three days", "in May"), a perfect
("has returned"), or a start ("since") keeps the sum a tally.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_TOLD = date(2025, 10, 23)  # a Thursday


@settings(max_examples=20, deadline=None)
@given(
    parts=st.sampled_from(
        ["in batches of 250", "in four batches", "in three stages", "in two separate rounds"]
    ),
    day=st.sampled_from([("On Monday", "2025-10-20"), ("On 14 October", "2025-10-14")]),
)
def test_news_a_day_in_parts_is_never_a_war_long_total(
    news: News, parts: str, day: tuple[str, str]
) -> None:
    words, when = day
    read = news(f"{words} Russia handed back 1,000 bodies {parts}.", published=_TOLD)
    assert all(str(t.covers.start) != "2022-02-24" for t in read.tallies)
    assert read.day_receipt_list() == [(when, "UKR", "1,000")]


@pytest.mark.parametrize(
    "text",
    [
        # the day after the figure, a speaker's clause after a comma
        "Ukraine received 900 bodies on Tuesday in three groups, the coordination "
        "headquarters said.",
        # the harder form: the parts fronted in an aside before the figure
        "On Tuesday, in three separate batches, Ukraine received 900 bodies.",
    ],
)
def test_news_a_day_in_parts_is_that_days_transfer(news: News, text: str) -> None:
    read = news(text, published=_TOLD)
    assert read.tallies == []
    assert read.day_receipt_list() == [("2025-10-21", "UKR", "900")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # near misses: a month or a run of days sums several handovers
        ("In September Russia handed back 4,000 bodies in batches of 1,000.", "2025-09-01"),
        ("Russia has handed back 9,000 bodies in 15 batches since 2022.", "2022-02-24"),
    ],
)
def test_news_parts_over_a_span_stay_a_tally(news: News, text: str, start: str) -> None:
    read = news(text, published=_TOLD)
    assert read.exchanges == []
    assert [str(t.covers.start) for t in read.tallies] == [start]
