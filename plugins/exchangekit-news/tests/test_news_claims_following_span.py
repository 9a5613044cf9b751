""" "Over the following four days, N surrendered": a span that runs on from a day told before.

"On 16 May 2022 the first buses left. Over the following four days, Moscow said, 2,439
fighters laid down their arms": the figure is of 17 to 20 May 2022, not of the day the
article appeared. The month of the day told in the sentence before is the figure's
date when the span stays in it; a span that may run into the next month gives the year.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 5, 16)


def _dated(news: News, text: str) -> set[tuple[str, str, str]]:
    return {
        (c.category.value, str(c.count), str(c.as_of))
        for c in news(text, published=PUBLISHED).claims
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 April 2022 the last defenders of the port ran out of food. Over the "
            "following five days, Russia's defence ministry said, 1,026 Ukrainian marines "
            "laid down their arms.",
            ("captured", "1,026", "2022-04"),
        ),
        (
            "The garrison's commander was wounded on March 3, 2023. In the next two weeks, "
            "Moscow said, 412 Ukrainian soldiers were taken prisoner in the town.",
            ("captured", "412", "2023-03"),
        ),
        # harder: "During", a number in figures, and a span running past the month's end
        (
            "The encirclement closed on 25 July 2023. During the next 10 days, the Russian "
            "ministry said, 640 Ukrainian troops were captured.",
            ("captured", "640", "2023"),
        ),
    ],
)
def test_news_a_following_span_is_dated_from_the_day_told_before(
    news: News, text: str, expected: tuple[str, str, str]
) -> None:
    assert _dated(news, text) == {expected}


def test_news_near_miss_the_past_two_weeks_stay_current(news: News) -> None:
    """ "Over the past two weeks" runs up to when the text is written, not from a day told."""
    text = (
        "The encirclement closed on 3 March 2023. Over the past two weeks, Moscow said, "
        "412 Ukrainian soldiers were taken prisoner."
    )
    assert _dated(news, text) == {("captured", "412", "2025-05-16")}


def test_near_miss_a_following_span_with_a_day_two_sentences_back(news: News) -> None:
    """The day must be told in the sentence right before; otherwise the span is unplaced."""
    text = (
        "The encirclement closed on 3 March 2023. The town was shelled for weeks. Over the "
        "following four days, Moscow said, 412 Ukrainian soldiers were taken prisoner."
    )
    assert {(c, n) for c, n, _ in _dated(news, text)} == {("captured", "412")}
    assert all(not as_of.startswith("2023-03") for _, _, as_of in _dated(news, text))


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=99_999),
    day=st.integers(min_value=1, max_value=20),
)
def test_news_the_following_days_stay_in_the_month_told(news: News, n: int, day: int) -> None:
    text = (
        f"The siege ended on {day} June 2022. Over the following three days, Moscow said, "
        f"{n:,} Ukrainian fighters laid down their arms."
    )
    assert {as_of for _, _, as_of in _dated(news, text)} == {"2022-06"}
