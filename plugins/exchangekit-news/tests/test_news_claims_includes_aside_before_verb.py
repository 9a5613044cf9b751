"""An aside on who a figure takes in, between the figure and its verb: ", a figure that includes".

"Kyiv says 7,500 Ukrainians, a figure that includes civilians, remain in Russian
captivity": the aside names the figure again and says who is in it; the verb after
its closing comma is still the figure's, so the figure is read as the verb says, as
it is with ", civilians included,". A figure of equipment stays no loss of people.
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

_PUBLISHED = date(2025, 3, 14)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(2_200, 14_000),
    head=st.sampled_from(
        ["a figure that includes", "a number that includes", "a total which includes"]
    ),
    verb=st.sampled_from(["remain in Russian captivity", "are still held in Russia"]),
)
def test_news_held_past_an_aside_of_who_the_figure_includes(
    news: News, found: Found, n: int, head: str, verb: str
) -> None:
    text = f"Kyiv's ombudsman says {n:,} Ukrainians, {head} civilians, {verb}."
    assert ("UKR", "captured", Count.exact(n)) in found(news(text, published=_PUBLISHED))


def test_news_killed_past_an_aside_of_who_the_figure_includes(news: News, found: Found) -> None:
    text = (
        "Moscow says 6,100 Russian soldiers, a figure that includes volunteers, have been killed."
    )
    assert ("RUS", "killed", Count.exact(6_100)) in found(news(text, published=_PUBLISHED))


def test_news_people_come_home_past_the_aside_are_no_captives(news: News, found: Found) -> None:
    """Near miss: the verb past the aside moves people home; no one is held."""
    text = (
        "Kyiv says 7,500 Ukrainians, a figure that includes civilians, have come home since 2022."
    )
    assert not found(news(text, published=_PUBLISHED))


def test_news_equipment_past_the_aside_is_no_loss_of_people(news: News, found: Found) -> None:
    """Near miss: the figure counts vehicles, and the verb past the aside does not make
    them people."""
    text = "Kyiv says 7,500 Russian vehicles, a figure that includes tanks, have been destroyed."
    assert not found(news(text, published=_PUBLISHED))
