""" "Earlier in November" sets a count before the day's exchange told already.

After a swap told by its day ("On Saturday ..."), a sentence dated "earlier in
November" or "earlier this month" tells a time before that day, so a count the
day's exchange did not move that way is another, earlier swap of the month, not
the day's exchange told again by its month. The same count again may be the day's
restated, and a month without "earlier" keeps its old reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Read = Callable[..., Any]

_SATURDAY = "On Saturday 12 Ukrainian soldiers came home from Russian captivity."
_PUBLISHED = date(2022, 11, 27)


@pytest.mark.parametrize(
    "later",
    [
        "Earlier in November, Ukraine received 107 of its own soldiers.",
        "Earlier this month, 107 Ukrainian soldiers came home from Russia.",
        "Earlier in the month, Russia handed 107 Ukrainian soldiers back to Kyiv.",
    ],
)
def test_news_a_count_earlier_in_the_month_is_another_swap(news: Read, later: str) -> None:
    result = news(f"{_SATURDAY} {later}", published=_PUBLISHED)
    assert result.dated_way_counts() == {
        ("2022-11-26", "RUS", "UKR", Count.exact(12)),
        ("2022-11", "RUS", "UKR", Count.exact(107)),
    }


def test_news_the_days_count_again_earlier_in_the_month_is_not_split_off(news: Read) -> None:
    result = news(
        f"{_SATURDAY} Earlier this month Ukraine said it had received 12 of its own.",
        published=_PUBLISHED,
    )
    assert {str(e.period) for e in result.exchanges} == {"2022-11-26"}


@given(n=st.integers(min_value=13, max_value=1_500))
def test_news_any_other_count_earlier_in_the_month_keeps_its_month(news: Read, n: int) -> None:
    result = news(
        f"{_SATURDAY} Earlier in November, {n:,} Ukrainian soldiers came home from Russia.",
        published=_PUBLISHED,
    )
    assert ("2022-11", "RUS", "UKR", Count.exact(n)) in result.dated_way_counts()
