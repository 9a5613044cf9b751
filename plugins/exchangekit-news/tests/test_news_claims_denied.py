"""A casualty figure that a side denies is no claim of that side, nor of anyone.

"Moscow denied that 5,000 of its soldiers had been killed": the figure is what Moscow
says is untrue, so printing it as Moscow's (or the publisher's) toll would put a denied
number in its mouth. A figure told before the denial ("Kyiv said 7,000 were killed,
which Moscow denied") is still the teller's claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin denies that 7,000 Russian troops died in the offensive.",
        "Russia dismissed reports that 7,000 of its soldiers were killed near Bakhmut.",
        "Kyiv rejected claims that 7,000 Ukrainian troops had died in the battle.",
        "Moscow has denied losing 7,000 soldiers in the region.",
    ],
)
def test_news_a_denied_toll_is_no_claim(news: News, text: str) -> None:
    assert not news(text, published=_PUBLISHED).claims


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 7,000 Russian soldiers had been killed, which Moscow denied.",
        "Kyiv says 7,000 Russian soldiers were killed; Moscow has denied it.",
        # a denial of a thing, not of a statement
        "Russia denies monitors access to the camps and holds 7,000 Ukrainian civilians.",
    ],
)
def test_news_a_toll_told_before_the_denial_still_counts(news: News, text: str) -> None:
    assert [str(c.count) for c in news(text, published=_PUBLISHED).claims] == ["7,000"]


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700).map(lambda k: k * 10),
    verb=st.sampled_from(["denied", "denies", "rejected"]),
    side=st.sampled_from(["Moscow", "Russia", "The Kremlin"]),
)
def test_news_no_denied_toll_is_read(news: News, n: int, verb: str, side: str) -> None:
    read = news(f"{side} {verb} that {n:,} of its soldiers had been killed.", published=_PUBLISHED)
    assert not read.claims
