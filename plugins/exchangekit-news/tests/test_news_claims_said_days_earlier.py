"""A statement made "two days earlier": its figure is as of that day, not the story's.

"The ministry said two days earlier that Ukraine had lost 500,000 troops" dates the
statement some days before the time told just before it: the day of the claim in the
sentence before, else the exchange just told, else the story's own day. Read as of the
day of writing, the total would be dated to a day it was never given on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 23)  # a Thursday
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _dates(result: Any, n: int) -> list[Period]:
    return [c.as_of for c in result.claims if c.count == Count.exact(n)]


@settings(max_examples=20, deadline=None)
@given(
    form=st.sampled_from(
        [
            "Moscow's defence ministry said {k} days earlier that Ukraine had lost {n} troops.",
            "{K} days earlier, Moscow's defence ministry said Ukraine had lost {n} troops.",
        ]
    ),
    k=st.integers(2, 6),
    n=st.integers(100, 900).map(lambda m: m * 1000),
)
def test_news_days_earlier_count_back_from_the_storys_day(
    news: News, form: str, k: int, n: int
) -> None:
    text = form.format(k=_WORDS[k], K=_WORDS[k].capitalize(), n=f"{n:,}")
    found = _dates(news(text, published=_PUBLISHED), n)
    assert found == [Period.day(_PUBLISHED - timedelta(days=k))]


def test_news_days_earlier_count_back_from_the_claim_told_before(news: News) -> None:
    text = (
        "Kyiv's general staff said on Monday that Russia had lost 1,100,000 troops. "
        "Moscow said three days earlier that Ukraine had lost 480,000 troops."
    )
    result = news(text, published=_PUBLISHED)
    assert _dates(result, 1_100_000) == [Period.day(date(2025, 10, 20))]
    assert _dates(result, 480_000) == [Period.day(date(2025, 10, 17))]


def test_news_a_week_earlier_counts_seven_days(news: News) -> None:
    text = "The ministry said a week earlier that Ukraine had lost 480,000 troops."
    assert _dates(news(text, published=_PUBLISHED), 480_000) == [Period.day(date(2025, 10, 16))]


def test_news_days_ago_keeps_its_reading(news: News) -> None:
    """The near miss: "ago" already counted back from the story's day, and still does."""
    text = "The ministry said two days ago that Ukraine had lost 480,000 troops."
    assert _dates(news(text, published=_PUBLISHED), 480_000) == [Period.day(date(2025, 10, 21))]
