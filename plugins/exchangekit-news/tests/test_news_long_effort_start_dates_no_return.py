"""The day a long effort began is no day of one return it brought.

"Oman said on Tuesday that six children had been brought back, the latest result of an
initiative that started in the spring of 2024": the initiative's start opens a span of
many returns, so the six are dated by the day of saying, not by that spring. The start
of one exchange ("a handover that began on Saturday") still dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)  # a Thursday


def _periods(got: Any) -> set[str]:
    return {str(e.period) for e in got.exchanges}


@pytest.mark.parametrize(
    "text",
    [
        "Oman said on Tuesday that six Ukrainian children had been brought back to their "
        "relatives from Russia, the latest result of an initiative that started in the "
        "spring of 2024.",
        "Six Ukrainian children were reunited with their mothers, Oman said on Tuesday, "
        "in what officials called one more step in a campaign which began in March 2023.",
        "The Omani foreign office said on Tuesday that six Ukrainian children had been "
        "brought back from Russia, one more result of a programme launched in June 2024 with "
        "help from its envoys.",
    ],
)
def test_news_long_efforts_start_does_not_date_the_return(news: News, text: str) -> None:
    """The children's return is dated by the statement's Tuesday, not the effort's start."""
    got = news(text, published=PUBLISHED)
    assert _periods(got) == {"2025-10-21"}


def test_news_an_exchange_that_began_on_a_day_keeps_that_day(news: News) -> None:
    """A handover's own start is its date: only a long effort's start is set aside."""
    got = news(
        "Kyiv said on Tuesday that 300 Ukrainian soldiers had come home in a handover that "
        "began on Saturday.",
        published=PUBLISHED,
    )
    assert _periods(got) == {"2025-10-18"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    noun=st.sampled_from(["effort", "initiative", "programme", "campaign", "project"]),
    verb=st.sampled_from(["began", "started", "was launched"]),
    month=st.sampled_from(["March", "June", "the autumn of", "the spring of"]),
    year=st.integers(min_value=2022, max_value=2024),
    n=st.integers(min_value=2, max_value=40),
)
def test_news_no_return_is_ever_dated_to_the_efforts_year(
    news: News, noun: str, verb: str, month: str, year: int, n: int
) -> None:
    """Whatever the effort and the year it began, the return is never put in that year."""
    article = "an" if noun[0] in "aeiou" else "a"
    got = news(
        f"Oman said on Tuesday that {n} Ukrainian children had been brought back from "
        f"Russia, part of {article} {noun} that {verb} in {month} {year}.",
        published=PUBLISHED,
    )
    assert all(not str(e.period).startswith(str(year)) for e in got.exchanges)
