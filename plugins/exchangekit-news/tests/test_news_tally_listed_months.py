"""A total told over listed months covers them all, from the first to the last.

"In March, April and June, Kyiv got back a few hundred soldiers each time, and Russia
received 45 bodies in all": the one figure sums every month listed, so its span runs
from March to June; reading the first month alone would print a silently short span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Period

_PUBLISHED = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "In March, April and June, Kyiv got back a few hundred soldiers each time, "
            "while Russia received a handful each time (45 bodies in all).",
            date(2025, 3, 1),
            date(2025, 6, 30),
        ),
        # the harder form: the months in an aside, the total hedged in a "while" clause
        (
            "Three times this year, in March, April and June, Kyiv recovered about 500"
            " bodies each time, while Russia took back some 45 bodies in all.",
            date(2025, 3, 1),
            date(2025, 6, 30),
        ),
    ],
)
def test_news_a_total_over_listed_months_spans_them_all(
    news: Callable[..., Any], text: str, start: date, end: date
) -> None:
    tallies = [t for t in news(text, published=_PUBLISHED).tallies if "45" in str(t.count)]
    assert [t.covers for t in tallies] == [Period.between(start, end)]


def test_news_a_total_in_one_month_keeps_that_month(news: Callable[..., Any]) -> None:
    # near miss: one month named, the span is that month
    text = "In June, Russia received 45 bodies in all."
    tallies = [t for t in news(text, published=_PUBLISHED).tallies if str(t.count) == "45"]
    assert [t.covers for t in tallies] == [Period.between(date(2025, 6, 1), date(2025, 6, 30))]
