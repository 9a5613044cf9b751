"""A count "both sides say" is still held in captivity is a claim for each side.

"... 9,100 Ukrainians have come home; both sides say thousands more remain in captivity":
each side speaks of its own people the other holds, so the one count is read once for
Ukraine and once for Russia, whatever sides the clauses before it name; "diplomats on
both sides say" is the diplomats' word, not each side's. A toll both sides agree on ("both
sides say 300 were killed") is not people held, and stays no side's claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 5, 12)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv says 9,100 Ukrainians have come home since the invasion began; both sides "
            "say thousands more remain in captivity.",
            "thousands",
        ),
        (
            "Moscow reported the return of 5,200 Russian soldiers in all, and both sides said "
            "that hundreds are still held.",
            "hundreds",
        ),
    ],
)
def test_count_both_sides_say_is_held_is_each_side_s(
    news: News, found: Found, text: str, count: str
) -> None:
    got = {c for c in found(news(text, published=_PUBLISHED)) if c[1] == "captured"}
    assert got == {("UKR", "captured", Count.parse(count)), ("RUS", "captured", Count.parse(count))}


@pytest.mark.parametrize(
    "text",
    [
        # a toll both sides agree on: one figure of no side, not people held
        "After the border clash, both sides say 300 were killed, and talks were called off.",
        # both sides say where the people are, but not in captivity
        "Kyiv says 9,100 Ukrainians have come home; both sides say thousands more remain in "
        "the region.",
        # officials of both sides tell it, not each side of its own people
        "Kyiv says 9,100 Ukrainians have come home; diplomats on both sides say thousands "
        "more remain in captivity.",
    ],
)
def test_near_miss_no_captivity_is_no_claim_per_side(news: News, found: Found, text: str) -> None:
    got = found(news(text, published=_PUBLISHED))
    assert not any(c[1] == "captured" for c in got)
    told = [(c[1], c[2]) for c in got]
    assert len(told) == len(set(told))  # no one figure read for each side
