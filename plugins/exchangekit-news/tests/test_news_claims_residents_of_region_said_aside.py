"""An aside of saying after "residents of the region" does not make a claim of them.

"More than 640 residents of the region, the governor said, are still missing": the
aside names who gives the count and sits between the people and their verb; with or
without it, the residents of one region are a local count, never a side's claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 5, 20)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(2_101, 9_999),
    speaker=st.sampled_from(["she said", "the governor said", "officials say"]),
    verb=st.sampled_from(["remain missing", "are still missing", "are listed as missing"]),
)
def test_news_residents_of_the_region_past_a_said_aside_are_a_local_count(
    news: News, found: Found, count: int, speaker: str, verb: str
) -> None:
    read = news(
        "The governor of the Belgorod region briefed reporters on Monday."
        f" More than {count:,} residents of the region, {speaker}, {verb}.",
        published=_PUBLISHED,
    )
    assert not found(read)


def test_news_residents_of_the_region_said_aside_after_a_return_of_residents(
    news: News, found: Found
) -> None:
    """The region named by the residents brought home before: still one region's count."""
    read = news(
        "Since last August, 64 Kursk residents have been brought back from Ukraine."
        " About 300 residents of the region, the ombudswoman added, are still missing.",
        published=_PUBLISHED,
    )
    assert not found(read)


def test_news_residents_of_the_region_said_aside_with_no_region_named(
    news: News, found: Found
) -> None:
    """With no region named anywhere, "the region" has no side: still no claim."""
    read = news(
        "More than 700 residents of the region, she said, remain missing.",
        published=_PUBLISHED,
    )
    assert not found(read)


def test_news_residents_of_the_region_other_aside_is_not_passed(news: News, found: Found) -> None:
    """The near miss: an aside that says no one spoke keeps its current reading (none)."""
    read = news(
        "The governor of the Belgorod region briefed reporters on Monday."
        " More than 700 residents of the region, mostly elderly, remain missing.",
        published=_PUBLISHED,
    )
    assert not found(read)
