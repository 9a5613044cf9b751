"""A day told just after an exchange dated only to "this week" is that exchange's day.

"Nine teenagers were brought back to Ukraine this week. They reached the border on
Tuesday": the second sentence has no figure of its own, and its day falls inside the
week, so the nine stand on that Tuesday. A day outside the week, or a day told far
later, leaves the week as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

_PUBLISHED = date(2025, 10, 23)  # a Thursday; "this week" is 20-26 October 2025


@pytest.mark.parametrize(
    "text",
    [
        "Nine teenagers were brought back to Ukraine this week, the charity said. "
        "They crossed the border on Tuesday.",
        # the harder form: an aside between, and the day in a relative clause
        "This week the charity helped bring nine teenagers back to Ukraine. "
        "Their mothers had waited for years. "
        "The handover, which took place at the border on Tuesday, was the charity's third.",
    ],
)
def test_news_a_day_told_next_narrows_an_exchange_of_this_week(
    periods: Callable[[str, date], set[str]], text: str
) -> None:
    assert periods(text, _PUBLISHED) == {"2025-10-21"}


def test_news_a_day_outside_the_week_leaves_the_week(
    periods: Callable[[str, date], set[str]],
) -> None:
    # near miss: a day before this week is another group's, not this one's
    found = periods(
        "Nine teenagers were brought back to Ukraine this week, the charity said. "
        "An earlier group had crossed the border on 10 October.",
        _PUBLISHED,
    )
    assert found == {"2025-W43"}
