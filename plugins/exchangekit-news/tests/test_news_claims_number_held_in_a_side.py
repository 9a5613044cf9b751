"""A count of people "held in" or "held by" a side is of the other side's people.

"The office also put the number of people held in Russia at 8,000": the people
counted are held by Russia, so they are Ukraine's, whoever tells the count and
whatever the sentence before it named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

HOLDERS = {"in Russia": "UKR", "by Russia": "UKR", "by Ukraine": "RUS", "in Ukraine": "RUS"}


@settings(max_examples=20, deadline=None)
@given(
    holder=st.sampled_from(sorted(HOLDERS)),
    count=st.integers(100, 9_000),
)
def test_news_a_count_of_people_held_in_a_side_is_the_others(
    news: News, found: Found, holder: str, count: int
) -> None:
    text = (
        "The office says 4,100 people have come home since 2022. "
        f"It also put the number of people held {holder} at {count:,}."
    )
    assert (HOLDERS[holder], "captured", Count.exact(count)) in found(news(text))
