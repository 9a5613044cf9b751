"""Two full dates joined by "from ... to" are the span of days an exchange took."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "From April 7 to April 9, 412 Ukrainians came back from captivity.",
            "2025-04-07/2025-04-09",
        ),
        ("From 7 April to 9 April, 412 Ukrainians came home.", "2025-04-07/2025-04-09"),
        ("412 Ukrainians returned home from April 7 through April 9.", "2025-04-07/2025-04-09"),
        ("From 30 June until 2 July, 412 Ukrainians came back home.", "2025-06-30/2025-07-02"),
    ],
)
def test_news_a_from_to_pair_of_days_is_the_exchange_span(
    periods: Callable[[str, date], set[str]], text: str, period: str
) -> None:
    assert periods(text, PUBLISHED) == {period}


def test_news_a_date_moved_from_one_day_to_another_is_no_span(
    periods: Callable[[str, date], set[str]],
) -> None:
    # near-miss: "postponed from ... to ..." changes the date; the swap is on the later day
    text = "The swap was postponed from 7 April to 9 April, when 412 Ukrainians came home."
    assert periods(text, PUBLISHED) == {"2025-04-09"}


def test_news_a_war_long_from_to_span_is_not_joined(
    periods: Callable[[str, date], set[str]],
) -> None:
    # near-miss: a span of years is a running count's, never an exchange's days
    text = "From 24 February 2022 to 9 April 2025, 412 Ukrainians came home in 60 swaps."
    assert "2022-02-24/2025-04-09" not in periods(text, PUBLISHED)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=1, max_value=20), st.integers(min_value=1, max_value=7))
def test_news_any_from_to_run_of_days_is_one_span(
    periods: Callable[[str, date], set[str]], start: int, length: int
) -> None:
    end = start + length
    text = f"From May {start} to May {end}, 300 Ukrainians came home from captivity."
    assert periods(text, PUBLISHED) == {f"2025-05-{start:02d}/2025-05-{end:02d}"}
