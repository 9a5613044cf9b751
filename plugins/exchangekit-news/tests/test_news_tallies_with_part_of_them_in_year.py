"""A year's part of a running total set off by ", with N of them in YEAR" (issue 8).

"Kyiv has received more than 9,000 bodies since 2022, with about 4,000 of them in 2024
alone": "with" sets the part off as "and" or a bare comma does, so the part is the
total of the same people over that year. A part with no year ("with about 4,000 of
them identified so far") is a subset of the total, not a tally of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
_DAY = date(2025, 10, 23)


def test_news_with_part_of_them_in_a_year_is_that_years_tally(news: News) -> None:
    """The part is Ukraine's remains over 2024, beside the total since 2022."""
    result = news(
        "Kyiv has received more than 9,000 bodies since 2022, with about 4,000 of them in "
        "2024 alone.",
        published=_DAY,
    )
    rows = {(t.receiver.code, t.category.value, t.count.best) for t in result.tallies}
    assert ("UKR", "remains", 4000) in rows
    year = next(t for t in result.tallies if t.count.best == 4000)
    assert str(year.covers) == "2024-01-01/2024-12-31"


def test_news_with_part_of_them_and_no_year_is_no_tally(news: News) -> None:
    """Near miss: "identified so far" names no span, so only the whole total is read."""
    result = news(
        "Kyiv has received more than 9,000 bodies since 2022, with about 4,000 of them "
        "identified so far.",
        published=_DAY,
    )
    assert [t.count.low for t in result.tallies] == [9001]
