"""A year that "brought" or "saw" people home sums its returns: no handover on any day.

"How 2023 brought 1,470 Ukrainian prisoners home": the year is the subject, and the figure
is every return in it. Read as one handover, it would move 1,470 people on the day of
publication. No day of the year is told, so no exchange is read; "In 2023, 1,470 came home"
and a year's total told as such keep their own reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Looking back: how 2023 brought 1,470 Ukrainian prisoners home", "1,470"),
        ("The year 2024 brought more than 1,100 soldiers back to Ukraine.", "more than 1,100"),
        ("2022 saw 2,600 Ukrainians freed from Russian captivity.", "2,600"),
    ],
)
def test_year_as_subject_is_no_handover(news: Callable[..., Any], text: str, count: str) -> None:
    """The year's sum is never moved in one exchange."""
    assert Count.parse(count) not in news(text).moved_counts()


def test_a_swap_named_by_its_year_keeps_its_leg(news: Callable[..., Any]) -> None:
    """ "The March 2024 swap brought 95 home": the swap is the subject, not the year."""
    assert (
        Count.parse("95") in news("The March 2024 swap brought 95 Ukrainians home.").moved_counts()
    )


def test_in_a_year_stays_a_total(news: Callable[..., Any]) -> None:
    """ "In 2024, 1,358 came home" is still the year's running total."""
    result = news("In 2024, 1,358 Ukrainians came home.")
    assert result.tally_keys() == {("RUS", "UKR", Count.parse("1,358"))}


@given(
    year=st.integers(min_value=2022, max_value=2025),
    n=st.integers(min_value=100, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100),
)
@settings(max_examples=15, deadline=None)
def test_any_year_and_count(news: Callable[..., Any], year: int, n: int) -> None:
    """Whatever the year and count, the year's sum is never one handover."""
    result = news(f"{year} brought {n:,} Ukrainian prisoners home.")
    assert Count.parse(f"{n:,}") not in result.moved_counts()
