"""A span with no count from a dated day: "hours before 20 October", "days after 9 May".

The day such a span lands on is not told, so that day is never the exchange's. When
every day the span may reach is in the date's month ("hours" a day, "days" up to ten),
the exchange is dated by that month; "before" a day it may not hold is a bound, as a
bare "before" is; "after" one it may not hold leaves no date at all, and the figure is
refused rather than put on a guessed day. A counted span ("three days before") still
names its day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Ukraine got 40 soldiers back from Russia hours before 20 October.", "2025-10"),
        ("Kyiv and Moscow swapped 75 prisoners each days before the 25 June talks.", "2025-06"),
        ("Russia returned 12 Ukrainian soldiers a few days after 4 April.", "2025-04"),
        ("Shortly after Sept. 10, Russia handed 33 Ukrainian civilians back.", "2025-09"),
    ],
)
def test_news_uncounted_span_in_the_month_gives_the_month(
    news: News, text: str, period: str
) -> None:
    assert news(text, published=PUBLISHED).periods() == {period}


def test_news_uncounted_span_back_across_a_month_is_a_bound(news: News) -> None:
    # "days before 3 May" may be April: the date only bounds the exchange
    result = news(
        "Kyiv and Moscow swapped 75 prisoners each days before 3 May.", published=PUBLISHED
    )
    assert {p for p in result.periods() if p.startswith("2025-05")} == set()
    assert all(e.period.end < date(2025, 5, 3) for e in result.exchanges)


def test_news_uncounted_span_on_across_a_month_is_refused(news: News) -> None:
    # "days after 28 April" may be May: neither the day nor a month can be given
    result = news("Russia returned 12 Ukrainian soldiers days after 28 April.", published=PUBLISHED)
    assert not result.exchanges


def test_news_counted_span_still_names_its_day(news: News) -> None:
    # near-miss: with its days counted the span lands on one day
    result = news(
        "Kyiv and Moscow swapped 75 prisoners each three days before 25 June.",
        published=PUBLISHED,
    )
    assert result.periods() == {"2025-06-22"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["hours", "days", "just days", "a few days"]),
    st.sampled_from(["before", "after"]),
    st.integers(min_value=1, max_value=28),
)
def test_news_uncounted_span_never_names_the_day(
    news: News, n: int, unit: str, side: str, day: int
) -> None:
    """Whatever the span and the day, the exchange is never dated to the day named."""
    text = f"Russia returned {n:,} Ukrainian soldiers {unit} {side} {day} August."
    result = news(text, published=PUBLISHED)
    assert f"2025-08-{day:02d}" not in result.periods()
    assert {t.count for e in result.exchanges for t in e.transfers} <= {Count.exact(n)}
