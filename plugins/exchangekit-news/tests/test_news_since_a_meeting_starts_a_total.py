"""A meeting after "since" starts a running total's span, as talks or a deal do.

"Since the Istanbul meeting, Kyiv has brought home 1,200 soldiers" sums every
return after that meeting: it is a total, not one exchange on the story's day. Its
span runs from the meeting's date when the sentence or the one before gives it;
with no date for the meeting the start is unknown, and a span from the war's start
would be invented, so the total is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


def _spans(news: News, text: str) -> set[tuple[str, str, str]]:
    result = news(text, published=THURSDAY)
    return {(str(t.covers), str(t.as_of), str(t.count)) for t in result.tallies}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The two delegations met in Istanbul on 2 June. Since the meeting, Ukraine has "
            "brought home 1,200 prisoners of war.",
            "2025-06-02",
        ),
        (
            "Since the meeting in Istanbul on 2 June, Ukraine has brought home 1,200 "
            "prisoners of war.",
            "2025-06-02",
        ),
        (
            "Since the June meeting in Istanbul, Ukraine has brought home 1,200 prisoners of war.",
            "2025-06-01",
        ),
    ],
)
def test_news_a_dated_meeting_after_since_starts_the_totals_span(
    news: News, text: str, start: str
) -> None:
    assert _spans(news, text) == {(f"{start}/2025-10-23", "2025-10-23", "1,200")}


@pytest.mark.parametrize(
    "text",
    [
        "Since the Istanbul meeting, Ukraine has brought home 1,200 prisoners of war.",
        "Ukraine has brought home 1,200 prisoners of war since the Istanbul meeting, "
        "officials said.",
        "Since the meetings in Istanbul, Russia has returned 1,200 Ukrainian prisoners of war.",
    ],
)
def test_news_an_undated_meeting_after_since_is_refused(news: News, text: str) -> None:
    result = news(text, published=THURSDAY)
    assert not result.tallies
    assert not result.exchanges


def test_news_a_meeting_that_is_no_start_leaves_the_total_read(news: News) -> None:
    text = (
        "At a meeting on Friday, officials said Ukraine had brought home 1,200 prisoners "
        "of war since 2022."
    )
    assert _spans(news, text) == {("2022-02-24/2025-10-17", "2025-10-17", "1,200")}


@given(n=st.integers(min_value=2, max_value=90_000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_since_an_undated_meeting_no_figure_is_dated(news: News, n: int) -> None:
    text = f"Since the Istanbul meeting, Ukraine has brought home {n:,} prisoners of war."
    result = news(text, published=THURSDAY)
    assert not result.tallies
    assert not result.exchanges
