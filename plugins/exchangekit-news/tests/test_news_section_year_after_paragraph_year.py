"""A headline's year comes back after a paragraph that opens on a year of its own.

A review of a year ("Prisoner swaps of 2024: the full list") names its days
without a year ("on 3 January"); they are that year's. A paragraph opening
"In 2024, ..." or "In 2023, ..." makes its own year the topic only to its end:
the next paragraph is back in the year of the headline, not in the months
before publication. With no headline year, a paragraph's year still ends with
its paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]

_JANUARY = date(2025, 1, 6)


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph's year is the headline's
        "The prisoner swaps of 2024, month by month\n\n"
        "In 2024 the two sides traded captives more often than in any year before.\n\n"
        "Opening the year\n\n"
        "On 4 January, 210 prisoners of war went each way.",
        # the paragraph's year is another one, set against the headline's
        "A look back at the 2024 exchanges\n\n"
        "In 2023, swaps had been rare and small.\n\n"
        "On 4 January, 210 prisoners of war went each way.",
        # a paragraph that opens on the year in a later clause
        "How the 2024 exchanges added up\n\n"
        "Before that, swaps were small: in 2023, none freed more than a hundred.\n\n"
        "The first exchange came on 4 January, when 210 prisoners of war went each way.",
    ],
)
def test_news_a_yearless_day_after_a_paragraph_year_is_in_the_headline_year(
    news: News, text: str
) -> None:
    assert news(text, published=_JANUARY).day_counts_as_text() == {("2024-01-04", "210")}


def test_news_a_paragraph_year_still_ends_with_its_paragraph_without_a_headline_year(
    news: News,
) -> None:
    text = (
        "Prisoner swaps resume after the holidays\n\n"
        "In 2024 the two sides traded captives more often than in any year before.\n\n"
        "On 4 January, 210 prisoners of war went each way."
    )
    assert news(text, published=_JANUARY).day_counts_as_text() == {("2025-01-04", "210")}


@given(
    n=st.integers(min_value=2, max_value=900).filter(lambda n: not 1800 <= n <= 2100),
    other=st.sampled_from(["2022", "2023", "2024"]),
)
def test_news_the_headline_year_dates_the_day_whatever_year_a_paragraph_names(
    news: News, n: int, other: str
) -> None:
    text = (
        "The prisoner swaps of 2024 in review\n\n"
        f"In {other}, the two sides met often.\n\n"
        f"On 4 January, {n:,} prisoners of war went each way."
    )
    assert news(text, published=_JANUARY).day_counts_as_text() == {("2024-01-04", f"{n:,}")}
