"""A count whose noun group says its people are wounded ("175,000 injured troops") counts wounded.

"a total that includes up to 90,000 deaths and 140,000 wounded soldiers": the adjective
inside the noun group names the kind of loss, as "35,000 missing soldiers" already did;
the figure was dropped for want of a verb of harm after it.
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

_PUBLISHED = date(2024, 8, 19)


@settings(max_examples=15, deadline=None)
@given(
    dead=st.integers(20, 120).map(lambda k: k * 1000),
    hurt=st.integers(130, 400).map(lambda k: k * 1000),
    adjective=st.sampled_from(["wounded", "injured"]),
    people=st.sampled_from(["troops", "soldiers", "servicemen"]),
)
def test_news_a_wounded_adjective_beside_deaths_counts_wounded(
    news: News, found: Found, dead: int, hurt: int, adjective: str, people: str
) -> None:
    read = news(
        f"Russia's military casualties, analysts said, include as many as {dead:,}"
        f" deaths and {hurt:,} {adjective} {people}.",
        published=_PUBLISHED,
    )
    assert ("RUS", "wounded", Count.parse(f"{hurt:,}")) in found(read)


def test_news_a_range_of_injured_troops(news: News, found: Found) -> None:
    """The range form, "from A to B injured troops"."""
    read = news(
        "Ukraine's casualties, the officials said, are nearing 200,000, a figure that"
        " includes up to 60,000 deaths and from 120,000 to 130,000 injured troops.",
        published=_PUBLISHED,
    )
    assert ("UKR", "wounded", Count.parse("120,000 to 130,000")) in found(read)


def test_news_more_wounded_troops_added_stays_unread(news: News, found: Found) -> None:
    """The near miss: "more" wounded is a part added, not a count of the wounded."""
    read = news(
        "Russia's casualties include as many as 60,000 deaths, and 3,000 more wounded"
        " troops arrived in Rostov hospitals this week.",
        published=_PUBLISHED,
    )
    assert not any(kind == "wounded" for _side, kind, _count in found(read))


def test_news_wounded_troops_of_one_event_stay_unread(news: News, found: Found) -> None:
    """The near miss: wounded troops not listed beside a count of dead are one event's news."""
    read = news(
        "The army said 65 wounded soldiers were flown out of the besieged town on Monday.",
        published=_PUBLISHED,
    )
    assert not any(kind == "wounded" for _side, kind, _count in found(read))
