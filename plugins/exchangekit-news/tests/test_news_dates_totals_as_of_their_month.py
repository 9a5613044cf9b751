"""Running totals and tolls dated by the month they stood in, not a year a span opens on.

- "By the end of the year, the total returned since 2022 was more than 4,100": the
  year is the one the text is about; 2022 is where the total's span opens.
- "With the August handover, more than 7,000 bodies have come back this year": the
  total was brought up to that month's exchange, so it stood in August.
- "12,000 civilians had been killed and 27,000 injured by the end of May": the date
  closing the pair dates both figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_RECAP = date(2025, 12, 29)  # a Monday, late in the year the recap is about


def test_news_the_end_of_the_year_is_not_a_span_opening_year(news: Callable[..., Any]) -> None:
    text = (
        "Looking back at 2025\n\n"
        "By the end of the year, the coordination centre put the total of Ukrainians "
        "returned since 2022 at more than 4,100."
    )
    days = news(text, published=_RECAP).tally_days()
    assert days
    assert not any(day.startswith("2022") for day in days)


def test_news_the_end_of_the_year_named_beside_it_keeps_that_year(
    news: Callable[..., Any],
) -> None:
    # near-miss: a year the sentence names without opening a span is the year meant
    text = (
        "By the end of 2024, Ukraine had brought home more than 3,900 people since the war began."
    )
    assert news(text, published=_RECAP).tally_days() <= {"2024-12-31", "2024-12"}


@pytest.mark.parametrize("month", ["March", "August", "October"])
def test_news_a_total_brought_up_to_a_months_handover_stands_then(
    news: Callable[..., Any], month: str
) -> None:
    text = (
        f"The centre says that, with the {month} handover, more than 7,000 bodies have "
        "been returned to Ukraine this year."
    )
    number = {"March": "03", "August": "08", "October": "10"}[month]
    assert news(text, published=_RECAP).tally_days() == {f"2025-{number}"}


def test_news_a_total_for_a_month_alone_still_counts_that_month(
    news: Callable[..., Any],
) -> None:
    # near-miss: "in August alone" is the span summed, not the day the total stood
    text = "In August alone, Ukraine received 2,000 bodies, the centre says."
    assert "2025-08" not in news(text, published=_RECAP).tally_days()


@settings(max_examples=15, deadline=None)
@given(
    killed=st.integers(min_value=1_000, max_value=20_000),
    hurt=st.integers(min_value=20_001, max_value=60_000),
    month=st.sampled_from(["September", "October", "November"]),
)
def test_news_a_by_date_closing_a_pair_dates_both_figures(
    news: Callable[..., Any], killed: int, hurt: int, month: str
) -> None:
    text = (
        f"The UN monitors said in December that at least {killed:,} civilians had been "
        f"killed and {hurt:,} injured by the end of {month}."
    )
    number = {"September": "09", "October": "10", "November": "11"}[month]
    days = news(text, published=_RECAP).claim_days_by_count_text()
    assert days == {f"at least {killed:,}": f"2025-{number}", f"{hurt:,}": f"2025-{number}"}


def test_news_a_by_date_after_a_later_clause_is_not_the_first_figures(
    news: Callable[..., Any],
) -> None:
    # near-miss: a figure after a comma and a new subject starts a clause of its own
    text = (
        "The UN monitors said in December that at least 12,100 civilians had been killed "
        "in the war, while the ministry said 27,500 were injured by the end of October."
    )
    days = news(text, published=_RECAP).claim_days_by_count_text()
    assert days.get("at least 12,100") != "2025-10"
