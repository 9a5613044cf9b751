"""A figure recalled in a "since <date>, when ..." aside does not date the claim after it.

"Moscow, silent on its own dead since January, when it gave 6,000, claims Ukraine has
lost 90,000": the month is when the recalled figure was given; the claim the main verb
tells is current when the text tells it.
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
PUBLISHED = date(2024, 6, 14)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Moscow, silent on its own dead since January, when it gave a figure of 6,000, "
            "claims Ukraine has lost 90,000 soldiers killed and wounded.",
            "90,000",
        ),
        (
            "Kyiv, quiet on its own losses since October, when it gave 8,000 dead, says "
            "Russia has lost 120,000 soldiers.",
            "120,000",
        ),
        (
            "The Russian ministry, silent on its own dead since March, when it reported "
            "1,200 killed, claims Ukrainian losses have passed 300,000.",
            "more than 300,000",
        ),
    ],
)
def test_news_the_main_claim_after_a_closed_when_aside_is_current(
    news: News, text: str, count: str
) -> None:
    claims = news(text, published=PUBLISHED).claims
    main = [c for c in claims if c.count == Count.parse(count)]
    assert [str(c.as_of) for c in main] == ["2024-06-14"]


def test_news_a_second_figure_inside_the_when_clause_keeps_its_month(news: News) -> None:
    """Both figures told in the clause ("when it said 6,000 had been killed and 9,000
    wounded") are of that month."""
    claims = news(
        "Moscow has not updated its toll since January, when it said 6,000 of its "
        "soldiers had been killed and 9,000 wounded.",
        published=PUBLISHED,
    ).claims
    assert sorted((str(c.count), str(c.as_of)) for c in claims) == [
        ("6,000", "2024-01"),
        ("9,000", "2024-01"),
    ]


@settings(max_examples=25, deadline=None)
@given(
    old=st.integers(min_value=101, max_value=9_999).filter(lambda n: not 1800 <= n <= 2100),
    new=st.integers(min_value=10_000, max_value=500_000),
    month=st.sampled_from(["January", "February", "March", "April"]),
)
def test_news_the_recalled_month_never_dates_the_main_claim(
    news: News, old: int, new: int, month: str
) -> None:
    text = (
        f"Moscow, silent on its own dead since {month}, when it gave a figure of {old:,}, "
        f"claims Ukraine has lost {new:,} soldiers killed and wounded."
    )
    claims = news(text, published=PUBLISHED).claims
    main = [c for c in claims if c.count == Count.parse(f"{new:,}")]
    assert [str(c.as_of) for c in main] == ["2024-06-14"]
