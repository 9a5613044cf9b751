"""A figure told "the same month" as the figure before it: dated that month.

"London put Russian casualties at 700,000 in early May. A Pentagon estimate published
the same month put Russian dead at 150,000": the second figure is as of May, the month
of the figure told just before, not the day the story is told. The month of a day told
before is that day's month; a date with no month's name ("on Thursday") gives none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 11, 4)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]


@settings(max_examples=20, deadline=None)
@given(
    month=st.integers(1, 8),
    part=st.sampled_from(["early ", "late ", ""]),
    same=st.sampled_from(
        [
            "A Pentagon estimate published the same month said",
            "In the same month, a Pentagon estimate said",
            "That same month, a Pentagon estimate said",
        ]
    ),
    dead=st.integers(100, 200).map(lambda k: k * 1000),
)
def test_news_the_same_month_is_the_month_told_before(
    news: News, month: int, part: str, same: str, dead: int
) -> None:
    text = (
        f"Britain's defence ministry put Russian casualties at 700,000 in {part}"
        f"{_MONTHS[month - 1]}. {same} that {dead:,} Russian soldiers had been killed."
    )
    assert news(text, published=_PUBLISHED).claim_days_of(dead) == {f"2025-{month:02d}"}


def test_news_the_same_month_as_a_day_with_its_year(news: News) -> None:
    text = (
        "Britain's defence ministry put Russian casualties at 450,000 on March 3, 2024. A "
        "Pentagon estimate published the same month said that 120,000 Russian soldiers had "
        "been killed."
    )
    assert news(text, published=_PUBLISHED).claim_days_of(120_000) == {"2024-03"}


def test_news_the_same_week_is_not_read_as_the_month(news: News) -> None:
    """The near miss: "the same week" after a month names no week, so the month is not used."""
    text = (
        "Britain's defence ministry put Russian casualties at 700,000 in June. A Pentagon "
        "estimate published the same week said that 150,000 Russian soldiers had been killed."
    )
    assert "2025-06" not in news(text, published=_PUBLISHED).claim_days_of(150_000)
