"""People "of unknown whereabouts" (or "of unknown fate") are missing, quoted or not.

"The governor said 900 residents remain of unknown whereabouts" says what "900
residents are missing" or "whose whereabouts are unknown" says; a reporter's
quotation marks round the phrase ('remain "of unknown whereabouts"') change nothing,
and a bare count with residents counted just before it is read so too. "Of unknown
origin" is no fate of people: no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 6, 3)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(2_101, 9_999),
    verb=st.sampled_from(["remain", "are still", "are listed as"]),
    phrase=st.sampled_from(
        ["of unknown whereabouts", '"of unknown whereabouts"', "of unknown fate"]
    ),
)
def test_news_people_of_unknown_whereabouts_are_missing(
    news: News, found: Found, count: int, verb: str, phrase: str
) -> None:
    # a side's own people: one region's residents would be a local count, no claim
    read = news(
        f"The Russian ombudswoman said that {count:,} Russians {verb} {phrase}.",
        published=_PUBLISHED,
    )
    assert ("RUS", "missing", Count.exact(count)) in found(read)


def test_news_soldiers_of_unknown_fate_are_the_named_sides_missing(
    news: News, found: Found
) -> None:
    """Fighters of a named side, told by the other side's ministry."""
    read = news(
        "Moscow's defence ministry said that 1,240 Ukrainian soldiers are of unknown fate.",
        published=_PUBLISHED,
    )
    assert ("UKR", "missing", Count.exact(1_240)) in found(read)


def test_news_bare_count_of_unknown_whereabouts_after_residents(news: News, found: Found) -> None:
    """A bare count after residents counted in the same sentence."""
    read = news(
        "The governor of the Kursk region said 400 residents had been evacuated and 350"
        ' remain "of unknown whereabouts".',
        published=_PUBLISHED,
    )
    assert ("RUS", "missing", Count.exact(350)) in found(read)


def test_news_of_unknown_origin_is_no_missing_count(news: News, found: Found) -> None:
    """The near miss: "of unknown origin" says nothing of where people are."""
    read = news(
        "The governor of the Belgorod region said that 2,300 residents are of unknown origin.",
        published=_PUBLISHED,
    )
    assert not found(read)
