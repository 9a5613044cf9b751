"""A total that adds an earlier stage, sized and dated in its opening, runs from that day.

"Together with the 90 men freed in the first two stages on Monday, 20 October, the deal has
now brought home 154": the total is that stage's and what came after, so it covers Monday
to the day it is told, not the war since 2022, and it stands on that day, not on Monday's.
An opening that adds a smaller group to a larger figure ("Together with the 90 freed, 40
civilians came home") sums nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "A third group crossed near Sumy this morning, 64 soldiers in all. Together with the "
        "90 men freed in the first two stages on Monday, 20 October, the deal has now brought "
        "home 154 Ukrainian prisoners of war, the headquarters said.",
        "Together with the 90 soldiers released in the first stage on Monday, 20 October, the "
        "exchange, the headquarters said, has returned 154 Ukrainian prisoners of war in total.",
    ],
)
def test_news_total_with_a_dated_stage_added_runs_from_that_day(news: News, text: str) -> None:
    result = news(text)  # published Thursday 23 October 2025
    assert result.exchanges == []
    assert result.tally_spans() == {
        ("2025-10-20/2025-10-23", "UKR", "prisoners_of_war", "154"),
    }
    assert result.tally_days() == {"2025-10-23"}


def test_news_a_smaller_group_beside_a_stage_is_no_total(news: News) -> None:
    """Near miss: 40 civilians beside the 90 soldiers are a part added, not their sum."""
    result = news(
        "Sixty-four soldiers crossed near Sumy this morning. Together with the 90 soldiers "
        "freed on Monday, 20 October, 40 Ukrainian civilians came home."
    )
    assert result.tallies == []
