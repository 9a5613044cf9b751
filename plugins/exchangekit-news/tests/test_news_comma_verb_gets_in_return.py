"""A second verb after a comma that gets people "in return": "hands over 34, gets 909 in return".

Headline-like copy drops "and" between two verbs of one subject. The side that handed
people over in the first clause is the one that "gets" the bare number "in return", so
that number went the other way; it is not a second handover by the first side.
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
THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "back"),
    [
        (
            "Ukraine hands over 38 Russian bodies, gets 880 in return.",
            ("RUS", "UKR", Count.exact(880)),
        ),
        (
            "Kyiv returns 45 Russian bodies, gets 760 in exchange.",
            ("RUS", "UKR", Count.exact(760)),
        ),
        (
            "Ukraine hands over 30 Russian bodies, gets back 812 in return.",
            ("RUS", "UKR", Count.exact(812)),
        ),
    ],
)
def test_news_the_comma_verb_gets_back_the_other_way(
    news: News, text: str, back: tuple[str, str, Count]
) -> None:
    found = news(text, published=THURSDAY).ways()
    assert back in found
    assert (back[1], back[0], back[2]) not in found


@settings(max_examples=20, deadline=None)
@given(
    given_up=st.integers(min_value=2, max_value=90),
    got=st.integers(min_value=100, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
)
def test_news_what_is_got_in_return_never_goes_the_first_way(
    news: News, given_up: int, got: int
) -> None:
    """Whatever the sizes, the figure got in return is never sent by the giver."""
    text = f"Ukraine hands over {given_up:,} Russian bodies, gets {got:,} in return."
    assert ("UKR", "RUS", Count.exact(got)) not in news(text, published=THURSDAY).ways()
    assert ("RUS", "UKR", Count.exact(got)) in news(text, published=THURSDAY).ways()


def test_news_a_comma_verb_without_in_return_gives_no_way(news: News) -> None:
    """Near miss: without "in return" the bare number after the comma is not read."""
    text = "Ukraine hands over 34 Russian bodies, gets 909 back."
    assert {c for _, _, c in news(text, published=THURSDAY).ways()} == {Count.exact(34)}
