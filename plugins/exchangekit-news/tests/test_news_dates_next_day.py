"""A figure closed by "the next day" is dated one day after the day named before it.

Recaps tell two exchanges in a row as "X came home on <day>, and N each way the next
day": the second figure belongs to the day after, not to the day the sentence names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]


def _periods(read: Any) -> dict[str, Period]:
    """Each transfer's count (as text) with the period of its exchange."""
    return {str(t.count): e.period for e in read.exchanges for t in e.transfers}


@given(
    day=st.integers(1, 27),
    first=st.integers(20, 60),
    second=st.integers(61, 200),
    frame=st.sampled_from(
        [
            "{first} civilians came back to Ukraine on May {day}, and {second} soldiers "
            "each way the next day.",
            "Kyiv got {first} civilians back on May {day}; {second} prisoners went each "
            "way the following day.",
            "On May {day}, Russia freed {first} Ukrainian civilians, and the two sides "
            "swapped {second} soldiers each a day later.",
        ]
    ),
)
def test_news_the_next_day_dates_the_figure_a_day_later(
    news: News, day: int, first: int, second: int, frame: str
) -> None:
    text = frame.format(day=day, first=first, second=second)
    periods = _periods(news(text, published=date(2024, 12, 31)))
    named = date(2024, 5, day)
    assert periods[str(first)] == Period.day(named)
    assert periods[str(second)] == Period.day(named + timedelta(days=1))


def test_news_the_next_day_of_a_statement_moves_no_figure(news: News) -> None:
    # near miss: "the next day" tells when Kyiv spoke, before the figure, not the swap's day
    text = "On May 4 the two sides swapped 60 soldiers each, Kyiv said the next day."
    (exchange,) = news(text, published=date(2024, 12, 31)).exchanges
    assert exchange.period == Period.day(date(2024, 5, 4))
