"""A headline's "up to N" over the body's range "X to N" is that range cut to its top.

Headlines shorten a range to its upper end ("Study puts Russian losses at up to 250,000"
over "between 190,000 and 250,000"): the body's range is the claim, and "at most N"
beside it would be the same count told twice. A headline whose N is not the top of the
body's range for that side and kind, or a range told by another teller, stays a claim.
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
Found = Callable[[Any], set[tuple[str, str, Any]]]
_DAY = date(2025, 3, 4)
_BYLINE = "\n\nBy A. Writer | Desk | Tuesday 4 March 2025\n\n"


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Leaked slides put Ukrainian casualties at up to 131,000",
            "For Ukraine, the same slide gives 124,500 to 131,000 total casualties.",
            {("UKR", "total_losses", Count.parse("124,500 to 131,000"))},
        ),
        (
            "Study puts Russian losses at up to 250,000",
            "A study published on Monday estimates that Russia has suffered between 190,000 "
            "and 250,000 casualties since the invasion.",
            {("RUS", "total_losses", Count.parse("190,000 to 250,000"))},
        ),
        (
            "Up to 80,000 Russian troops killed, think tank says",
            "The think tank's model puts Russian soldiers killed at 62,000 to 80,000 since the "
            "invasion began.",
            {("RUS", "killed", Count.parse("62,000 to 80,000"))},
        ),
    ],
)
def test_news_a_headline_up_to_the_bodys_range_top_is_that_range(
    news: News, found: Found, headline: str, body: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(headline + _BYLINE + body, published=_DAY)) == expected


def test_news_a_headline_up_to_another_top_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: the body's range ends elsewhere, so the headline's bound is its own."""
    text = (
        "Study puts Russian losses at up to 250,000"
        + _BYLINE
        + "A study published on Monday estimates that Russia has suffered between 190,000 "
        "and 240,000 casualties since the invasion."
    )
    assert found(news(text, published=_DAY)) == {
        ("RUS", "total_losses", Count.parse("up to 250,000")),
        ("RUS", "total_losses", Count.parse("190,000 to 240,000")),
    }


@settings(max_examples=30, deadline=None)
@given(low=st.integers(10, 99), width=st.integers(1, 60), side=st.sampled_from(["RUS", "UKR"]))
def test_news_the_headline_bound_never_stands_beside_the_range_it_tops(
    news: News, found: Found, low: int, width: int, side: str
) -> None:
    bottom, top = low * 1_000, (low + width) * 1_000
    adjective = {"RUS": "Russian", "UKR": "Ukrainian"}[side]
    text = (
        f"Report puts {adjective} casualties at up to {top:,}"
        + _BYLINE
        + f"The report estimates {adjective} casualties at between {bottom:,} and {top:,}."
    )
    counts = {count for _, _, count in found(news(text, published=_DAY))}
    assert Count.parse(f"up to {top:,}") not in counts
