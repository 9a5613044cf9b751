""" "Others" under a noun of deaths is a claim only in the teller's clause and unqualified.

"Kyiv says 900 Russian troops were killed; the deaths of 250 others remain unconfirmed":
the 250 stands past a semicolon, outside what Kyiv says, and is called unconfirmed, so
no one claims it. "the deaths of 40 civilians and the injuries of 95 others" still is.
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
Found = Callable[..., Any]

_PUBLISHED = date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 900 Russian soldiers were killed; the deaths of 250 others remain unconfirmed.",
        "Ukraine's army said 900 Russian troops died; the deaths of 250 others are not confirmed.",
        "Kyiv said 900 Russian soldiers were killed, and the deaths of 250 others were "
        "unconfirmed.",
    ],
)
def test_news_unconfirmed_or_separate_others_are_no_claim(
    news: News, found: Found, text: str
) -> None:
    assert found(news(text, published=_PUBLISHED)) == {("RUS", "killed", Count.parse("900"))}


def test_news_others_in_the_tellers_clause_still_count(news: News, found: Found) -> None:
    text = (
        "UN monitors said they had confirmed the deaths of 30 civilians in Ukraine and the "
        "injuries of 85 others over the past week."
    )
    assert found(news(text, published=_PUBLISHED)) == {
        ("UKR", "killed", Count.parse("30")),
        ("UKR", "wounded", Count.parse("85")),
    }


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700).map(lambda k: k * 10),
    tail=st.sampled_from(["remain unconfirmed", "are unconfirmed", "could not be confirmed"]),
)
def test_news_no_unconfirmed_others_are_read(news: News, found: Found, n: int, tail: str) -> None:
    text = f"Kyiv says 900 Russian soldiers were killed; the deaths of {n:,} others {tail}."
    assert found(news(text, published=_PUBLISHED)) == {("RUS", "killed", Count.parse("900"))}
