"""An intransitive "returned" followed by the time of the telling's own day.

"Some 84 defenders, most of them marines, returned this morning, the Coordination
Headquarters said": "this morning" is when, not what was returned, so the people came
home to the teller's side on the day of the story. "that afternoon" points back to a
day the sentence may not name, and "this week" is no one day: neither is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


def test_news_returned_this_morning_came_home(news: News) -> None:
    read = news(
        "Some 84 defenders, most of them marines, returned this morning, the Coordination "
        "Headquarters said.",
        published=PUBLISHED,
    )
    assert read.dated_ways() == {("2025-10-23", "RUS", "UKR", "around 84 [75, 93]")}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a day pointed back to, a span of days
        "84 defenders returned that afternoon, the Coordination Headquarters said.",
        "The Coordination Headquarters said 84 defenders returned this week.",
    ],
)
def test_news_returned_at_a_time_not_the_days_reads_nothing(news: News, text: str) -> None:
    assert not news(text, published=PUBLISHED).exchanges
