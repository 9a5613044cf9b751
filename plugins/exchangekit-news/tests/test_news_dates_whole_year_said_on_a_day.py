"""A total over the whole of a year, told on a later day, stands at that year's end.

"In the whole of 2024, the headquarters said on Monday, 4,800 bodies had been returned":
the day dates the saying, not the figure, which sums the year; the year is over, so the
total covers it and stands on its last day, not the war up to Monday. A span of two
years ("in the whole of 2023 and 2024") does not end with the first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2025, 6, 17)  # a Tuesday
_SWAP = "Russia handed 1,200 bodies to Ukraine last week, the coordination headquarters said. "


def _totals(news: Callable[..., Any], told: str) -> set[tuple[str, str, str]]:
    """(count, covers, as of) of every running total read from the opening and ``told``."""
    result = news(_SWAP + told, published=_PUBLISHED)
    return {(str(t.count), str(t.covers), str(t.as_of)) for t in result.tallies}


@pytest.mark.parametrize(
    "told",
    [
        "In the whole of 2024, the headquarters said on Monday, 4,800 bodies had been "
        "returned to Ukraine.",
        "During 2024, the headquarters said on Monday, 4,800 bodies had been returned to Ukraine.",
        "In the whole of 2024, 4,800 bodies had been returned to Ukraine, the headquarters "
        "said on Monday.",
    ],
)
def test_news_whole_year_total_told_on_a_day_is_the_years(
    news: Callable[..., Any], told: str
) -> None:
    assert _totals(news, told) == {("4,800", "2024-01-01/2024-12-31", "2024-12-31")}


def test_news_two_years_compared_do_not_end_with_the_first(news: Callable[..., Any]) -> None:
    # near miss: the figure is of this half-year; the two years are only compared with it
    told = (
        "More came home this spring than in the whole of 2023 and 2024 together, the "
        "headquarters says: 2,100 people were returned in the first half of the year."
    )
    assert all(not as_of.startswith("2023") for _, _, as_of in _totals(news, told))
