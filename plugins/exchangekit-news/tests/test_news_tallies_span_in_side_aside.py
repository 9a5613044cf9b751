"""A span inside an aside on the side does not make the main clause's figure a running total.

"Kyiv, which has sent back more captives than it got over the whole war, received 40 of
its soldiers on Monday": the span tells the side's record in the aside set off by
commas; the main clause tells one handover. A span in the main clause, before or after
the aside, still makes the figure a sum since the war began.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 14)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(min_value=12, max_value=90),
    span=st.sampled_from(
        ["throughout the war", "over the course of the full-scale invasion", "since 2022"]
    ),
    pronoun=st.sampled_from(["which has", "whose officials have"]),
)
def test_news_a_span_in_an_aside_on_the_side_dates_no_total(
    news: News, count: int, span: str, pronoun: str
) -> None:
    read = news(
        f"Russia, {pronoun} repatriated its dead in small numbers {span}, received the"
        f" bodies of {count} servicemen in return on Friday.",
        published=_PUBLISHED,
    )
    assert not read.tallies
    assert read.day_receipt_list() == [("2025-06-13", "RUS", str(count))]


def test_news_a_span_in_a_longer_aside_with_a_comparison(news: News) -> None:
    """The harder form: a comparison in the aside, a phrasal verb and a speaker after."""
    read = news(
        "Kyiv, which has sent back far more prisoners than it has received over the course"
        " of the full-scale invasion, got 47 of its soldiers back on Tuesday, the"
        " headquarters said.",
        published=_PUBLISHED,
    )
    assert not read.tallies
    assert read.day_receipt_list() == [("2025-06-10", "UKR", "47")]


def test_news_a_span_in_the_main_clause_after_the_aside_is_still_a_total(news: News) -> None:
    """The near miss: the aside tells no span; the main clause's own span makes the sum."""
    read = news(
        "Ukraine, which counts every body it gets back, has received the bodies of 4,300"
        " soldiers throughout the war.",
        published=_PUBLISHED,
    )
    assert [(t.receiver.code, str(t.count)) for t in read.tallies] == [("UKR", "4,300")]


def test_news_a_fronted_span_with_its_own_aside_is_still_a_total(news: News) -> None:
    """The near miss: the aside is on the war itself, the span frames the main clause."""
    read = news(
        "Throughout the war, which Moscow calls a special operation, Ukraine has received"
        " the bodies of 4,300 soldiers.",
        published=_PUBLISHED,
    )
    assert [(t.receiver.code, str(t.count)) for t in read.tallies] == [("UKR", "4,300")]
