"""A side's own official figure counts that side's people: "the official Ukrainian figure".

"The last official Ukrainian figure, given by the president in February, was over 46,000
soldiers killed": "official" right before the side's adjective makes the side both the
teller and the one counted, so the soldiers are its own, with no claim told before to
set it against. An aside of who gave the figure may stand between it and its verb. A
figure of a side with no "official" before it, told with nothing to set it against,
stays unread, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 7, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the reckoning of open sources, the most recent official Ukrainian figure, "
            "released by the president in February, was more than 45,100 soldiers killed.",
            {("UKR", "killed", Count.parse("more than 45,100"))},
        ),
        (
            "The last official Russian figure, given by the defence minister in September "
            "2022, was 5,937 dead and some 6,000 wounded, and it has not been updated since.",
            {
                ("RUS", "killed", Count.parse("5,937")),
                ("RUS", "wounded", Count.parse("some 6,000")),
            },
        ),
    ],
)
def test_official_side_figure_counts_its_own_people(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text, published=_PUBLISHED)) == expected


def test_side_figure_without_official_and_nothing_before_reads_nothing(
    news: News, found: Found
) -> None:
    """Near miss: "the Ukrainian figure" alone may be Kyiv's count of either side."""
    text = (
        "The Ukrainian figure, given by the general staff in February, was more than "
        "45,100 soldiers killed."
    )
    assert found(news(text, published=_PUBLISHED)) == set()
