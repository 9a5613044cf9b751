"""A wire's correction line names the days of the correction, not of the story's exchange.

"(Corrects paragraph 4 to say the children arrived on Monday, not Tuesday)": the days the
line gives date no exchange told in the headline or the body, so a headline's swap and the
body's are still one swap, on the body's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 3, 13)  # a Thursday

_STORY = (
    "Ukraine and Russia swap {n} prisoners each; monitors head to Kyiv\n\n"
    "{notice}\n\n"
    "KYIV, March 13 (Meridian Wire) - Ukraine and Russia each released {n} prisoners of war on"
    " Wednesday, officials on both sides said.\n\n"
    "Separately, 9 children were returned to Ukraine, the ombudsman said."
)


@pytest.mark.parametrize(
    "notice",
    [
        "(Corrects paragraph 3 to show the children were returned on Monday, not Tuesday)",
        "(Corrected to say the children came back on Monday, not on Tuesday)",
    ],
)
def test_news_the_correction_days_date_no_swap(news: News, notice: str) -> None:
    result = news(_STORY.format(n=120, notice=notice), published=_DAY)
    assert {
        str(e.period) for e in result.exchanges for t in e.transfers if t.count.best == 120
    } == {"2025-03-12"}


def test_news_a_line_opening_with_another_word_is_no_correction(news: News) -> None:
    """Near miss: a line that does not open with "Corrects" is read as the story's own."""
    result = news(
        _STORY.format(n=120, notice="Officials said the talks could resume next week."),
        published=_DAY,
    )
    assert {
        str(e.period) for e in result.exchanges for t in e.transfers if t.count.best == 120
    } == {"2025-03-12"}


@given(n=st.integers(min_value=20, max_value=900))
@settings(max_examples=8, deadline=None)
def test_news_one_swap_whatever_its_size(news: News, n: int) -> None:
    """Whatever the figure, the headline's swap and the body's stay one exchange."""
    result = news(
        _STORY.format(
            n=n,
            notice="(Corrects paragraph 3 to show the children came home on Monday, not Tuesday)",
        ),
        published=_DAY,
    )
    periods = {str(e.period) for e in result.exchanges for t in e.transfers if t.count.best == n}
    assert periods == {"2025-03-12"}
