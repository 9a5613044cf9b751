"""A total said "earlier in" a month stood in that month and covers the span it names.

"The ombudsman said earlier in December that 1,000 had come home during 2022": the
adverb only places the saying before the story's day, so December dates the saying
as "said in December" would, and 2022 is what the total sums. So does "who spoke to
the agency earlier in December". A month with no saying before it is still the span.
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

_PUBLISHED = date(2022, 12, 30)


def _tallies(read: Any) -> set[tuple[str, str, str]]:
    return {(str(t.count), str(t.as_of), str(t.covers)) for t in read.tallies}


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman said earlier in December that more than 900 Russian citizens had"
        " been returned from captivity during 2022.",
        "According to the ombudsman, who spoke to the agency earlier in December, more than"
        " 900 Russian citizens had been returned from captivity during 2022.",
        "The ombudsman told reporters earlier in December that more than 900 Russian"
        " citizens had been returned from captivity during 2022.",
    ],
)
def test_news_a_total_said_earlier_in_a_month_stands_in_that_month(news: News, text: str) -> None:
    (tally,) = news(text, published=_PUBLISHED).tallies
    assert tally.count == Count.more_than(900)
    assert str(tally.as_of) == "2022-12"
    assert str(tally.covers).startswith("2022-02-24/")


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(2_101, 9_999),
    month=st.sampled_from(["October", "November", "December"]),
    adverb=st.sampled_from(["earlier", "later"]),
)
def test_news_the_month_of_saying_is_no_span_for_any_count(
    news: News, count: int, month: str, adverb: str
) -> None:
    text = (
        f"The commissioner said {adverb} in {month} that more than {count:,} Russian"
        " citizens had been returned from captivity during 2022."
    )
    (tally,) = news(text, published=_PUBLISHED).tallies
    number = ["October", "November", "December"].index(month) + 10
    assert tally.count == Count.more_than(count)
    assert str(tally.as_of) == f"2022-{number}"
    # the year's war so far, up to the month of saying; never that month alone
    assert str(tally.covers).startswith("2022-02-24/")


def test_news_a_month_told_with_no_saying_is_still_the_span(news: News) -> None:
    """The near miss: "earlier in December" with no verb of saying is when they came home."""
    read = news(
        "Earlier in December, more than 900 Russian citizens were returned from captivity.",
        published=_PUBLISHED,
    )
    assert [str(e.period) for e in read.exchanges] == ["2022-12"]
    assert not read.tallies
