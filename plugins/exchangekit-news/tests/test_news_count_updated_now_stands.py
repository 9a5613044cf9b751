"""'X updated its count of losses on Monday. It now stands at N': N as of the update's day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


def _dated(read: Any) -> set[tuple[str, str, int, str]]:
    return {(str(c.subject.code), c.category.value, c.count.low, str(c.as_of)) for c in read.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A volunteer group updated its list of named Russian dead on Monday. "
            "It now stands at more than 140,000.",
            ("RUS", "killed", 140_001, "2025-10-20"),
        ),
        (
            "The staff updated its tally of Russian losses on 14 October. It now stands "
            "at about 1,120,000, the staff said.",
            ("RUS", "total_losses", 1_008_000, "2025-10-14"),
        ),
        (
            "Moscow's defence ministry last updated its count of Ukrainian losses on Friday. "
            "That count now stands at 510,000.",
            ("UKR", "total_losses", 510_000, "2025-10-17"),
        ),
    ],
)
def test_news_now_after_a_dated_update_is_the_updates_day(
    news: News, text: str, expected: tuple[str, str, int, str]
) -> None:
    assert _dated(news(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # the day the count began, not an update of it: "now" stays the day of telling
        "A volunteer group began its list of named Russian dead on Monday. "
        "It now stands at more than 140,000.",
        "A volunteer group first published its list of named Russian dead in March 2022. "
        "It now stands at more than 140,000.",
    ],
)
def test_news_now_after_a_count_begun_is_the_day_of_telling(news: News, text: str) -> None:
    assert {as_of for *_, as_of in _dated(news(text))} <= {"2025-10-23"}
