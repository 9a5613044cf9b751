"""A span of time or a measure inside an aside on the people counts no one.

"Fourteen Ukrainian civilians, who spent two years in a prison near the border,
came home on Monday": the aside's "two years" is how long they were held; the verb
after its closing comma is still the fourteen's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=5, max_value=90),
    st.sampled_from(["two years", "eleven months", "several weeks", "three long years"]),
)
def test_news_span_in_a_relative_aside_keeps_the_verb(
    news: Callable[..., Any], count: int, span: str
) -> None:
    read = news(
        f"{count} Ukrainian civilians, who spent {span} in a prison near the border,"
        " came home on Monday.",
        published=date(2025, 3, 12),
    )
    assert read.dated_ways() == {("2025-03-10", "RUS", "UKR", str(count))}


def test_news_span_in_a_participle_aside_after_for(news: Callable[..., Any]) -> None:
    # the harder form: a participle aside ("held for ...") with its span and a place
    read = news(
        "Nine Ukrainian women, held for three years at a camp some 40 kilometres"
        " from the front, returned home on Saturday.",
        published=date(2025, 3, 12),
    )
    assert read.dated_ways() == {("2025-03-08", "RUS", "UKR", "9")}


def test_news_measure_in_a_relative_aside(news: Callable[..., Any]) -> None:
    read = news(
        "Twelve Ukrainian soldiers, who were kept about 200 kilometres behind the lines,"
        " were freed on Friday.",
        published=date(2025, 3, 12),
    )
    assert read.dated_ways() == {("2025-03-07", "RUS", "UKR", "12")}


def test_news_people_counted_in_the_aside_still_stop_it(news: Callable[..., Any]) -> None:
    # near miss: an aside with a count of people of its own is not passed over, so the
    # verb after it is not given to the figure before the aside
    read = news(
        "Twenty Ukrainian civilians, who had been swapped for 20 Russians, came home on Tuesday.",
        published=date(2025, 3, 12),
    )
    assert ("2025-03-11", "RUS", "UKR", "20") not in read.dated_ways()
