"""A loss figure given as "what X says is ..." is caveated.

"bringing what it says is the total to N": the copy hands the figure to its claimant and
keeps off it, as it does with "a figure that could not be verified"; a figure stated
plainly by the same claimant is not caveated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 3, 4)


def _caveated(read: Any, count: int) -> bool | None:
    claims = [c for c in read.claims if c.count == Count.exact(count)]
    return bool(claims[0].caveats) if claims else None


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's army command said on Monday that Russia had lost 1,240 troops in the past "
        "day, bringing what it says is the total since the invasion to 871,300.",
        # a plural and a past tense: the same hand-off of a figure to its claimant
        "The Ukrainian general staff said on Monday that Russian losses had reached what "
        "it said were 871,300 soldiers killed or wounded since the invasion began.",
    ],
)
def test_news_what_a_claimant_says_is_caveated(news: News, text: str) -> None:
    assert _caveated(news(text, published=_DAY), 871300) is True


def test_news_a_plain_total_is_not_caveated(news: News) -> None:
    """Near miss: the same total told plainly, with "what" elsewhere in the sentence."""
    text = (
        "Kyiv's army command said on Monday that Russia had lost 1,240 troops in the past "
        "day, bringing the total since the invasion to 871,300, and did not say what "
        "equipment was destroyed."
    )
    assert _caveated(news(text, published=_DAY), 871300) is False
