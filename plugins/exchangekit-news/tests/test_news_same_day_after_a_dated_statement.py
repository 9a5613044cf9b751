"""A figure told "the same day" after a dated sentence that told no exchange.

"The same day" points back to the day last told. When no exchange has been told yet,
that is the date of the sentence just before ("A report published on April 3 put
Russia's dead at 50,000. The same day, Ukraine handed 30 prisoners to Russia"): the
handover is April 3, not the day the article was published.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("before", "same", "period"),
    [
        (
            "A report published on April 3 estimated that 50,000 Russian soldiers had died.",
            "On the same day, Ukraine handed 30 prisoners to Russia.",
            "2025-04-03",
        ),
        (
            "The think tank put Russian deaths at 80,000 in a paper it issued on 12 June.",
            "The same day, Russia handed 30 prisoners to Ukraine.",
            "2025-06-12",
        ),
        (
            "A study published in March put Ukraine's losses at 60,000 killed.",
            "That same day, Ukraine handed 30 prisoners to Russia.",
            "2025-03",
        ),
    ],
)
def test_news_the_same_day_is_the_day_the_sentence_before_told(
    news: News, before: str, same: str, period: str
) -> None:
    assert news(f"{before} {same}").day_counts() == {(period, Count.exact(30))}


def test_news_the_same_day_after_an_exchange_is_still_the_exchanges(news: News) -> None:
    text = (
        "On April 3, Russia freed 50 soldiers. The same day, Ukraine handed 30 prisoners to Russia."
    )
    assert {p for p, _ in news(text).day_counts()} == {"2025-04-03"}


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_799) | st.integers(min_value=2_101, max_value=90_000),
    day=st.integers(min_value=1, max_value=28),
    month=st.sampled_from(["January", "March", "May", "August"]),
)
def test_news_a_handover_the_same_day_as_a_dated_estimate_takes_its_day(
    news: News, n: int, day: int, month: str
) -> None:
    text = (
        f"An estimate published on {month} {day} put Russia's dead at 70,000. "
        f"The same day, Ukraine handed {n:,} prisoners to Russia."
    )
    number = ["January", "March", "May", "August"].index(month)
    expected = f"2025-{(1, 3, 5, 8)[number]:02d}-{day:02d}"
    assert news(text).day_counts() == {(expected, Count.exact(n))}
