"""A count joined by "and" to the object of a holding verb is held too.

"Moscow still holds some 6,000 Ukrainian troops and at least 900 civilians": the second
count has no verb of its own, yet the side holds both groups, so both are counts of
people in captivity. A count after "and" that opens a clause of its own, or one joined
to a count no one is said to hold, is not read as held.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@settings(max_examples=20, deadline=None)
@given(
    verb=st.sampled_from(["holds", "is holding", "still held", "was holding"]),
    first=st.integers(min_value=1_200, max_value=9_000),
    second=st.integers(min_value=20, max_value=1_100),
    hedge=st.sampled_from(["", "at least ", "more than ", "about "]),
    group=st.sampled_from(["civilians", "women"]),
)
def test_news_second_group_held_is_a_count_of_captives(
    news: News, found: Found, verb: str, first: int, second: int, hedge: str, group: str
) -> None:
    """Whatever the verb, the counts and the group, both are captives of one side."""
    text = (
        f"Ukraine's human rights commissioner said on Tuesday that Russia {verb} "
        f"{first:,} Ukrainian soldiers and {hedge}{second:,} {group}."
    )
    got = found(news(text))
    assert ("UKR", "captured", Count.exact(first)) in got
    assert ("UKR", "captured", Count.parse(f"{hedge}{second:,}")) in got


@pytest.mark.parametrize(
    "text",
    [
        # the second count has a verb of its own
        "Russia holds 6,000 Ukrainian soldiers, and 40 civilians were killed in the "
        "shelling on Monday, the commissioner said.",
        # nobody holds the first count
        "The convoy carried 6,000 Ukrainian soldiers and 40 medics to the front, the "
        "commissioner said.",
    ],
)
def test_news_count_after_and_not_held_is_no_captive(news: News, found: Found, text: str) -> None:
    captives = {count for _, category, count in found(news(text)) if category == "captured"}
    assert Count.exact(40) not in captives
