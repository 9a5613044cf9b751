"""An earlier year's count set "against" or "versus" a year's total (issue 8).

"In 2024 alone, the office said, 1,040 people were brought home in nine swaps, against
1,310 in 2023": "against" sets the earlier year's count beside the total as "compared
with" does, so it is the same people, moved the same way, over 2023. "against" before
people of a swap ("handed over 120 soldiers against 120 Russians") sets no year beside
anything and stays the other way of that swap.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2024, 12, 31)


@pytest.mark.parametrize("cue", ["against", "versus"])
def test_news_year_set_against_a_total_is_that_years_tally(news: News, cue: str) -> None:
    """Both years are Ukraine's totals of the same people, each over its own year."""
    result = news(
        "In 2024 alone, Ukraine's ombudsman said, 1,040 people were brought home in nine "
        f"swaps, {cue} 1,310 in 2023.",
        published=_DAY,
    )
    covers = {t.count.best: str(t.covers) for t in result.tallies if t.receiver.code == "UKR"}
    assert covers == {1040: "2024-01-01/2024-12-31", 1310: "2023-01-01/2023-12-31"}


def test_news_against_people_of_a_swap_sets_no_year(news: News) -> None:
    """Near miss: "against" before the other side's people is one swap, no tally."""
    result = news("Russia handed over 120 soldiers on Friday against 120 Russians.", published=_DAY)
    assert result.tallies == []
    assert len(result.exchanges) == 1
