"""A total over the whole of a year, told on a later day, stands at that year's end.

"In the whole of 2023, the registry announced on Friday, 3,900 bodies came home": the
day dates the telling, not the figure, which sums the year; the year is over, so the
total covers it and stands on its last day, not the war up to Friday. A span of two
years ("in the whole of 2021 and 2022") does not end with the first.
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
        "In the whole of 2024, Kyiv's registry office announced on Monday, 4,800 bodies "
        "had come home.",
        "During 2024, officials in Kyiv reported on Monday, 4,800 bodies were repatriated.",
        "In the whole of 2024, Russia sent back 4,800 bodies, the headquarters announced "
        "on Monday.",
        "Over the whole of 2024, 4,800 bodies were brought back to Ukraine, a spokesman "
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
        "Spring alone has brought back more people than in the whole of 2022 and 2023 "
        "put together, officials in Kyiv say: 2,100 were returned between January and June."
    )
    assert all(not as_of.startswith("2022") for _, _, as_of in _totals(news, told))
