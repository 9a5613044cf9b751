"""A running count of losses that "read" a value, as a graphic or counter shows it.

"Kyiv publishes a graphic of Russian losses. On Tuesday it read 1,124,590": like "it
stood at", "it read N" gives the count named before its value on that day. "It read
300 names aloud" reads words out: a word after the number says what was read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Claims = Callable[[Any], set[tuple[str, str, str, str]]]
PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv keeps a running tally of Russian losses. On Monday it read 980,000.",
            {("RUS", "total_losses", "980,000", "2025-06-09")},
        ),
        (
            "Ukraine's General Staff publishes a graphic every morning with one figure: "
            "Russian personnel losses since the invasion. On Tuesday it read 1,124,590, "
            "the highest yet.",
            {("RUS", "total_losses", "1,124,590", "2025-06-10")},
        ),
        (
            "Moscow keeps a daily count of Ukrainian losses. It read 410,500 on 2 June.",
            {("UKR", "total_losses", "410,500", "2025-06-02")},
        ),
    ],
)
def test_news_a_count_that_read_a_value(
    news: News, dated_claims: Claims, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert dated_claims(news(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv keeps a running tally of Russian losses. On Monday it read 300 names aloud.",
        "The General Staff keeps a running tally of Russian losses. At the ceremony it "
        "read 50 names.",
    ],
)
def test_news_reading_out_names_is_no_value_of_the_count(
    news: News, dated_claims: Claims, text: str
) -> None:
    assert dated_claims(news(text, published=PUBLISHED)) == set()


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(100_000, 1_500_000),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    day=st.integers(2, 11),
)
def test_news_the_value_read_is_the_count_of_the_side_named(
    news: News, count: int, side: tuple[str, str], day: int
) -> None:
    text = (
        f"A daily tally of {side[0]} losses is published online. It read {count:,} on {day} June."
    )
    got = {
        (c.subject.code, c.count, c.as_of.format()) for c in news(text, published=PUBLISHED).claims
    }
    assert got == {(side[1], Count.parse(f"{count:,}"), f"2025-06-{day:02d}")}
