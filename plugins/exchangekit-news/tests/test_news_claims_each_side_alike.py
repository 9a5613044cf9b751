"""A figure told of each side alike is one claim per side, never a sum of both.

"each side had likely suffered more than 100,000 killed and wounded", "the war has
killed tens of thousands of soldiers on each side", "Both sides hold several thousand
prisoners of war": the one figure is each belligerent's own count, so it is read once
for Ukraine and once for Russia. A figure "on both sides" that is not held ("losses on
both sides") stays a sum that is no side's claim, and a figure with a side of its own
keeps that side alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2023, 1, 2)


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        (
            "America's top general, speaking in November, said each side had probably "
            "suffered well over 90,000 killed and wounded since the invasion.",
            "total_losses",
            "well over 90,000",
        ),
        (
            "Neither government publishes its own dead, though the invasion, officials say, "
            "has killed tens of thousands of soldiers on each side.",
            "killed",
            "tens of thousands",
        ),
        (
            "Both sides, by the analysts' reckoning, now hold several thousand prisoners of "
            "war, though neither will say how many.",
            "captured",
            "several thousand",
        ),
    ],
)
def test_figure_of_each_side_is_a_claim_for_each(
    news: News, found: Found, text: str, category: str, count: str
) -> None:
    got = found(news(text, published=_PUBLISHED))
    assert got == {("UKR", category, Count.parse(count)), ("RUS", category, Count.parse(count))}


@pytest.mark.parametrize(
    "text",
    [
        # a sum of both sides' losses: no side's claim
        "Western officials estimate combined losses on both sides at 200,000 killed and "
        "wounded since the invasion.",
        # both sides' dead together, with no verb of holding
        "By one estimate both sides together have lost some 200,000 soldiers.",
        # one clash's toll per side, not the whole war's
        "The losses in last week's clashes near the border came to 40 on each side, the "
        "regional governor said.",
    ],
)
def test_sum_of_both_sides_is_still_no_claim(news: News, found: Found, text: str) -> None:
    assert found(news(text, published=_PUBLISHED)) == set()
