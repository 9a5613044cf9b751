"""A total said "last night" stands on the day before the telling.

A morning paper or broadcast that says a figure was given "last night" tells it of
the evening before; "the last night of the talks" names no such evening.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

MORNING = date(2024, 6, 12)
SWAP = "Ukraine and Russia swapped prisoners on Tuesday, and 90 Ukrainian soldiers came home.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman wrote on his channel last night: since the invasion 3,100 Ukrainians "
        "have come home in exchanges.\n",
        "Officials say 3,100 Ukrainians have come home in exchanges since the invasion, a "
        "figure the ombudsman repeated last night.\n",
        "The ombudsman said last night that 3,100 Ukrainians had come home in exchanges since "
        "the invasion.\n",
    ],
)
def test_news_total_said_last_night_is_of_the_day_before(text: str) -> None:
    assert read(SWAP + text, published=MORNING).tally_days() == {"2024-06-11"}


def test_news_the_last_night_of_talks_is_not_yesterday() -> None:
    # near miss: "the last night" of something is not the evening before the story
    text = (
        "On the last night of the talks, the ombudsman said 3,100 Ukrainians had come home "
        "in exchanges since the invasion.\n"
    )
    assert "2024-06-11" not in read(text, published=MORNING).tally_days()
