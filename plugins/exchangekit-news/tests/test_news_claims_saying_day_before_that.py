"""The day between a verb of saying and its "that" dates every figure of what was said.

"The ministry said on Tuesday that ..., and that since August ..." tells when the whole
statement was made, as a date before the verb does ("On Tuesday, the ministry said ...").
A figure in the second "that" clause is the ministry's count as of that day, even when
the first clause holds a figure of its own (tanks, drones) that no claim reads. A day of
another speaker's saying past a semicolon stays that speaker's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _as_of(news: News, text: str) -> list[tuple[str, str]]:
    return [(str(c.count), str(c.as_of)) for c in news(text).claims]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "The Russian defence ministry said on Tuesday that Ukrainian units had lost 31 "
            "tanks in the past day, and that since August Ukraine had lost more than 14,000 "
            "troops.",
            [("more than 14,000", "2025-10-21")],
        ),
        (
            "Ukraine's General Staff said on Monday that Russian forces had fired 60 drones "
            "overnight, and that since February 2022 Russia had lost 700,000 soldiers.",
            [("700,000", "2025-10-20")],
        ),
        (
            "The ministry said on Sunday that Ukrainian forces had lost 12 artillery systems "
            "over the past week, and that Ukraine's losses since the summer had exceeded "
            "9,500 servicemen.",
            [("more than 9,500", "2025-10-19")],
        ),
    ],
)
def test_news_the_day_of_saying_before_that_dates_a_later_that_clause(
    news: News, text: str, read: list[tuple[str, str]]
) -> None:
    assert _as_of(news, text) == read


def test_news_another_speakers_day_past_a_semicolon_stays_its_own(news: News) -> None:
    # near miss: Friday is the day Moscow spoke, not the day Kyiv gave its total
    text = (
        "Ukraine's General Staff said Russia had lost 96,400 soldiers since the invasion; "
        "Russia's defence ministry said on Friday that more than 600 Ukrainian servicemen "
        "had been killed in the Bakhmut direction in a single day."
    )
    assert ("96,400", "2025-10-23") in _as_of(news, text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.sampled_from(
        [
            ("Monday", date(2025, 10, 20)),
            ("Tuesday", date(2025, 10, 21)),
            ("Wednesday", date(2025, 10, 22)),
        ]
    ),
    tanks=st.integers(min_value=2, max_value=90),
    total=st.integers(min_value=3_000, max_value=900_000),
)
def test_news_a_later_that_clause_takes_the_day_of_saying(
    news: News, day: tuple[str, date], tanks: int, total: int
) -> None:
    text = (
        f"The ministry said on {day[0]} that Ukrainian units had lost {tanks} tanks in the "
        f"past day, and that since May Ukraine had lost more than {total:,} troops."
    )
    assert _as_of(news, text) == [(f"more than {total:,}", day[1].isoformat())]
