"""A total "over the year" told in January with no year named spans no days of the new one.

"Kyiv brought home 1,500 soldiers during the year", told on 6 January, means the year
just ended (or cannot be said), never the six days of the new year: no total is read.
Told later in the year, or with its year named or "this year" written out, it keeps
its span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _spans(read: Any) -> list[tuple[str, str]]:
    return [(str(t.covers.start), str(t.covers.end)) for t in read.tallies]


@settings(max_examples=20, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=31),
    form=st.sampled_from(
        [
            "Kyiv brought home 1,500 soldiers during the year, the ombudsman said.",
            # the harder form: the span fronted before the clause
            "Over the course of the year, Russia handed back 1,500 soldiers.",
        ]
    ),
)
def test_news_a_year_unnamed_in_january_never_spans_the_new_year(
    news: News, day: int, form: str
) -> None:
    read = news(form, published=date(2026, 1, day))
    assert all(not start.startswith("2026-01-01") for start, _ in _spans(read))


def test_news_the_year_later_in_the_year_keeps_its_span(news: News) -> None:
    # near miss: told in May, "over the year" is the year so far
    read = news("Kyiv brought home 1,500 soldiers over the year.", published=date(2026, 5, 6))
    assert _spans(read) == [("2026-01-01", "2026-05-06")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # near misses: the year named, or "this year" written out
        ("In 2025, Kyiv brought home 1,500 soldiers over the year.", ("2025-01-01", "2025-12-31")),
        ("Kyiv has brought home 15 soldiers this year.", ("2026-01-01", "2026-01-06")),
    ],
)
def test_news_a_year_told_in_january_keeps_its_span(
    news: News, text: str, span: tuple[str, str]
) -> None:
    assert _spans(news(text, published=date(2026, 1, 6))) == [span]
