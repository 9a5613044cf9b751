"""A relative day named again as a holiday or weekday keeps the day it settles.

"Kyiv said that yesterday, on Good Friday, it got back 500 bodies": "yesterday" and
"Good Friday" name one day, which the report's own day settles. The holiday's own date
may be another church's (in a year when the Western Good Friday falls a week before
the Orthodox one, the grammar's Good Friday is the Western), so the exchange is of the
day before the report. A holiday named alone keeps its own date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

# Orthodox Holy Saturday 2026; the Western Good Friday was 3 April
_PUBLISHED = date(2026, 4, 11)
_SETTINGS = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _day_of(read: Any, amount: int) -> Any:
    exchange = next(e for e in read.exchanges if any(t.count.low == amount for t in e.transfers))
    return exchange.period


@_SETTINGS
@given(
    amount=st.integers(min_value=20, max_value=190).map(lambda k: k * 5),
    comma=st.sampled_from([", on Good Friday,", " on Good Friday"]),
)
def test_news_yesterday_named_again_as_a_holiday_is_yesterday(
    news: News, amount: int, comma: str
) -> None:
    """Whatever the count and punctuation, the exchange is of the day before the report."""
    text = (
        f"Ukraine's coordination headquarters said that yesterday{comma} Russia handed "
        f"over the bodies of {amount} Ukrainian soldiers."
    )
    read = news(text, published=_PUBLISHED)
    assert _day_of(read, amount) == Period.day(_PUBLISHED - timedelta(days=1))


def test_news_a_holiday_alone_keeps_its_date(news: News) -> None:
    """No relative day before it: "on Good Friday" is the grammar's Good Friday."""
    text = (
        "Ukraine's coordination headquarters said that on Good Friday Russia handed over "
        "the bodies of 300 Ukrainian soldiers."
    )
    read = news(text, published=_PUBLISHED)
    assert _day_of(read, 300) == Period.day(date(2026, 4, 3))
