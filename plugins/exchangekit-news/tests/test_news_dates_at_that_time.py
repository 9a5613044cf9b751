""" "At that time" dates a figure to the exchange the sentence just before told.

"The last swap was on 4 June, when 80 soldiers came home on each side. A further 12
wounded Russians were sent back at that time, the ministry said.": the 12 belong to
4 June, not to the exchange the story is about. Read before, they took the story's
day, a silently wrong month. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 7, 20)
_STORY = "Russia and Ukraine swapped 100 prisoners of war each on Saturday, July 19. "


@pytest.mark.parametrize(
    "tail",
    [
        "A further 12 wounded Russian soldiers were sent back at that time, the ministry said.",
        "In addition, 12 wounded Russian soldiers were returned at that time.",
        "At that time Ukraine also handed over 12 wounded Russian soldiers.",
    ],
)
def test_news_at_that_time_dates_the_figure_to_the_exchange_told_before(
    news: News, tail: str
) -> None:
    text = (
        _STORY + "The previous exchange took place on June 4, when 80 Russian soldiers "
        "were returned and 80 Ukrainian prisoners were handed over in return. " + tail
    )
    found = news(text, published=_PUBLISHED).day_counts_as_text()
    assert ("2025-06-04", "12") in found
    assert ("2025-07-19", "12") not in found


def test_news_at_the_time_of_a_saying_is_no_pointer_back(news: News) -> None:
    # near miss: "said at the time" is about the saying; the figure keeps the story's day
    text = (
        _STORY + "The previous exchange took place on June 4, when 80 Russian soldiers "
        "were returned and 80 Ukrainian prisoners were handed over in return. "
        "On Saturday Ukraine also sent back 12 wounded Russian soldiers, the ministry said."
    )
    found = news(text, published=_PUBLISHED).day_counts_as_text()
    assert ("2025-06-04", "12") not in found


@given(n=st.integers(min_value=2, max_value=60), m=st.integers(min_value=70, max_value=400))
def test_news_at_that_time_never_takes_the_story_day(news: News, n: int, m: int) -> None:
    text = (
        _STORY + f"The previous exchange took place on June 4, when {m} Russian soldiers "
        f"were returned and {m} Ukrainian prisoners were handed over in return. "
        f"In addition, {n} wounded Russian soldiers were returned at that time."
    )
    found = news(text, published=_PUBLISHED).day_counts()
    assert ("2025-07-19", Count.exact(n)) not in found
