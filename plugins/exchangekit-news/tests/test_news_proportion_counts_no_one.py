"""A proportion ("one in three of the bodies") counts no one.

Features on identification or captivity give shares of a group: "about one in
three of the bodies received this year", "two in every five prisoners", "1 in 4".
Neither number is a count of people, so neither is read as a handover, a tally
or a claim, even after a sentence about a handover. A number after "in" that is
a year ("40 in 2024") or has a noun of its own ("40 in two stages") is no
proportion and keeps its reading.
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

_BEFORE = (
    "Russia handed over 1,000 bodies on October 23, saying they were Ukrainian soldiers, "
    "and Ukraine sent 31 back to Moscow in exchange.\n\n"
)


def _counts(result: Any) -> set[Count]:
    """Every count read: transfers, tallies and claims alike."""
    return (
        {t.count for e in result.exchanges for t in e.transfers}
        | {t.count for t in result.tallies}
        | {c.count for c in result.claims}
    )


@pytest.mark.parametrize(
    "share",
    [
        "The team has identified about one in three of the bodies received this year.",
        "Experts have named one in every four bodies returned since June.",
        "Roughly 1 in 5 prisoners freed this year had been held since 2022.",
    ],
)
def test_news_a_proportion_after_a_handover_is_no_figure(news: News, share: str) -> None:
    result = news(_BEFORE + share, published=date(2025, 11, 15))
    assert _counts(result) == {Count.exact(1_000), Count.exact(31)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ukraine received 40 in two stages this year.", Count.exact(40)),
        ("Kyiv got back 40 in 2024 alone.", Count.exact(40)),
    ],
)
def test_news_a_number_after_in_that_is_no_share_keeps_its_reading(
    news: News, text: str, count: Count
) -> None:
    assert count in _counts(news(_BEFORE + text, published=date(2025, 11, 15)))


@settings(max_examples=20, deadline=None)
@given(
    part=st.integers(min_value=1, max_value=9),
    whole=st.integers(min_value=2, max_value=99),
    every=st.booleans(),
)
def test_news_no_side_of_a_proportion_is_read_whatever_its_numbers(
    news: News, part: int, whole: int, every: bool
) -> None:
    share = f"{part} in {'every ' if every else ''}{whole}"
    text = _BEFORE + f"The team has identified about {share} of the bodies received this year."
    assert _counts(news(text, published=date(2025, 11, 15))) == {
        Count.exact(1_000),
        Count.exact(31),
    }
