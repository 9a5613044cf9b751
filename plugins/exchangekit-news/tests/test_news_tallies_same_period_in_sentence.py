"""A total "in the same period" takes the span its own sentence gave the total before it.

"Kyiv said it had received 6,100 bodies in May alone, and that it had handed over 70 in
the same period": the 70 cover May too, not the period the report covers nor a span
told in an earlier sentence. With no span told before it in the sentence, the total
keeps its reading (the report's period, after a sentence with no figure).
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
PUBLISHED = date(2025, 10, 10)
HEAD = (
    "Monitoring Mission\n\nGeneva, 10 October 2025\n\nThe Mission today released its "
    "update covering the period from 1 June to 31 August 2025.\n\n"
    "The Mission noted the return of the remains of many persons during the period. "
)


def _covers(news: News, text: str) -> dict[str, str]:
    """The span each tally of ``text`` covers, by its count."""
    return {str(t.count): str(t.covers) for t in news(text, published=PUBLISHED).tallies}


@pytest.mark.parametrize(
    ("body", "count", "expected"),
    [
        (
            "It cannot verify the figures of the parties, including the statement by Kyiv "
            "that 6,100 bodies had been received from Russia in July alone, in several "
            "stages, and that Ukraine had handed over the remains of 70 persons to Russia in "
            "the same period.",
            "70",
            "2025-07-01/2025-07-31",
        ),
        (
            "The parties gave figures of their own, including Kyiv's claim that 4,200 bodies "
            "had come back from Russia in August alone, and that it had handed over the "
            "remains of 55 persons to Russia over the same period.",
            "55",
            "2025-08-01/2025-08-31",
        ),
        (
            "It could not check the figures of either side, including the Ukrainian statement "
            "that 3,900 bodies had come back from Russia in June alone, and that Ukraine had "
            "returned the remains of 40 persons to Russia during the same period.",
            "40",
            "2025-06-01/2025-06-30",
        ),
    ],
)
def test_news_a_total_in_the_same_period_covers_its_sentences_span(
    news: News, body: str, count: str, expected: str
) -> None:
    assert _covers(news, HEAD + body).get(count) == expected


def test_news_a_total_in_the_same_period_with_no_span_before_it_keeps_its_reading(
    news: News,
) -> None:
    body = "Ukraine had handed over the remains of 70 persons to Russia in the same period."
    assert _covers(news, HEAD + body).get("70") == "2022-02-24/2025-08-31"


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=2, max_value=1799))
def test_news_any_total_in_the_same_period_covers_the_month_before_it(news: News, n: int) -> None:
    body = (
        "It cannot verify the figures of the parties, including the statement by Kyiv that "
        "6,100 bodies had been received from Russia in July alone, and that it had handed "
        f"over the remains of {n:,} persons to Russia in the same period."
    )
    read = news(HEAD + body, published=PUBLISHED)
    covers = {t.count: str(t.covers) for t in read.tallies}
    assert covers.get(Count.parse(f"{n:,}")) == "2025-07-01/2025-07-31"
