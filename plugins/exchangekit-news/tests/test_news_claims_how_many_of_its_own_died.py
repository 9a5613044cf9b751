"""A side that "has not said how many of its own soldiers have died" names its dead.

"Russia has not said how many of its own soldiers have died. Officials said that
about 1,300 had been killed.": the first sentence names the count of that side's
dead without giving it, as "how many Russian soldiers" does, so a sideless toll
told next counts them, whoever tells it. A question about soldiers held names no dead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

SIDES = {"Russia": "RUS", "Ukraine": "UKR"}


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    fighters=st.sampled_from(["soldiers", "troops", "servicemen"]),
    died=st.sampled_from(["have died", "have been killed", "had died"]),
    dead=st.integers(300, 90_000),
)
def test_news_a_toll_after_how_many_of_its_own_died_is_that_sides(
    news: News, found: Found, side: str, fighters: str, died: str, dead: int
) -> None:
    text = (
        f"{side} has not said how many of its own {fighters} {died}. "
        f"Officials said in March that {dead:,} had been killed."
    )
    assert (SIDES[side], "killed", Count.exact(dead)) in found(news(text))


def test_news_how_many_of_its_own_are_held_names_no_dead(news: News) -> None:
    """Near miss: a count of the held is not a count of the dead."""
    text = (
        "Russia has not said how many of its own soldiers are held. "
        "Officials said in March that 1,300 had been killed."
    )
    assert news(text).claims == []


def test_news_a_named_teller_does_not_stop_the_side_carried(news: News, found: Found) -> None:
    """The person who tells the toll owns no losses: the side named before still counts."""
    text = (
        "Ukraine has not said how many of its own soldiers have died. "
        "Zelensky said in March that about 1,300 had been killed."
    )
    assert ("UKR", "killed", Count.approx(1_300)) in found(news(text))
