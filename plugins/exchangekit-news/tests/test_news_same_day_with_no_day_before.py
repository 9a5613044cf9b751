"""A handover told "the same day" with no day told before it is left out.

"The same day" points back to a day the text told, a dateline's among them. When
nothing before it gives a day, the handover's date is unknown: the article's own
date would be a guess, so the exchange is left out with a note, never dated on the
day of publication.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "The same day, Russia handed over 20 Ukrainian prisoners of war.",
        "On the same day, 45 Ukrainian soldiers came home from captivity.",
        "That same day Ukraine returned 60 Russian servicemen to Russia, officials said.",
    ],
)
def test_news_the_same_day_with_no_day_before_gives_no_exchange(news: News, text: str) -> None:
    read = news(text)
    assert read.exchanges == []
    assert any("the same day" in str(e) for e in read.errors)


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=1_799) | st.integers(min_value=2_101, max_value=9_000))
def test_news_no_count_told_the_same_day_of_nothing_is_dated(news: News, n: int) -> None:
    assert (
        news(f"The same day, Russia handed over {n:,} Ukrainian prisoners of war.").exchanges == []
    )


@pytest.mark.parametrize(
    ("before", "period"),
    [
        ("Kyiv and Moscow swapped 100 prisoners each on Monday.", "2025-10-20"),
        ("On 9 September, Russia freed 50 soldiers.", "2025-09-09"),
    ],
)
def test_news_the_same_day_after_a_dated_exchange_keeps_its_day(
    news: News, before: str, period: str
) -> None:
    read = news(f"{before} The same day, Russia handed over 20 bodies.")
    remains = [e for e in read.exchanges if any(t.count == Count.exact(20) for t in e.transfers)]
    assert [str(e.period) for e in remains] == [period]


def test_news_the_same_day_under_a_dateline_is_the_datelines_day(news: News) -> None:
    text = "KYIV, May 24 (Desk) - The same day, Russia handed over 20 Ukrainian prisoners of war."
    read = news(text, published=date(2025, 5, 25))
    assert [str(e.period) for e in read.exchanges] == ["2025-05-24"]
