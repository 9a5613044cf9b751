"""An estimate that "lies between" two figures is a claim of that range.

"Our central estimate of the dead lies between A and B" links a count to a range
as "is between" does; "lie" elsewhere ("the town lies between two rivers", "the
line lay 20 to 30 km away") links no loss to any figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2025, 3, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The institute's estimate of Ukrainian dead lies between 50,000 and 75,000.",
            [("UKR", "killed", "50,000–75,000")],
        ),
        # harder: the kind fronted, the verb after a long aside and a hedge adverb
        (
            "For Russian losses, our best estimate, built from three independent "
            "counts, probably lies between 700,000 and 800,000.",
            [("RUS", "total_losses", "700,000–800,000")],
        ),
    ],
)
def test_news_estimate_lying_between_two_figures_is_a_claim(
    news: News, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert news(text, published=_DAY).claim_list() == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a place that lies between two distances, a daily rate
        "The village lies between 15 and 20 kilometres from the spot where Russian "
        "troops killed two men.",
        "Russian losses lay between 900 and 1,100 a day in March, the ministry said.",
    ],
)
def test_news_lie_before_other_ranges_is_no_claim(news: News, text: str) -> None:
    assert [c for c in news(text, published=_DAY).claim_list() if "–" in c[2]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago the number of Ukrainian dead lay between 40,000 and 60,000, analysts said.",
        "The Russian death toll, analysts said, was 90,000 a year ago.",
    ],
)
def test_a_past_state_told_with_ago_is_no_claim_of_today(news: News, text: str) -> None:
    # "N ago" with a past link tells an earlier state, not one of the story's day
    assert news(text, published=_DAY).claim_list() == []


def test_a_present_range_beside_an_ago_clause_is_still_read(news: News) -> None:
    # near miss: "lies" is present, so the range is today's whatever "ago" says
    text = (
        "The number of Russian dead, first estimated two years ago, now lies between"
        " 100,000 and 120,000, analysts said."
    )
    assert [c[2] for c in news(text, published=_DAY).claim_list()] == ["100,000–120,000"]
