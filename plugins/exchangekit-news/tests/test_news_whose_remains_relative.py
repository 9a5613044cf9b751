"""The dead "whose bodies Russia handed over": the side in the relative clause gave them.

"The 40 soldiers whose remains Russia returned" makes the 40 the dead the relative
clause's verb moved, and the side right after "whose bodies" (or "whose remains") its
subject, as "the 40 prisoners whom Russia freed" does. Being "among" them ("Both were
among the 40 soldiers whose bodies ...") counts the whole the relative clause moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Legs = Callable[[Any], set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "Two brothers were among the 64 soldiers whose bodies Russia returned on Friday.",
        "Two brothers were among the 64 fallen soldiers whose remains Russia handed over on "
        "Friday.",
        "The 64 soldiers whose remains Russia handed over on Friday will be identified in Kyiv.",
        "Families are still waiting to bury the 64 servicemen whose bodies Moscow had "
        "repatriated on Friday.",
    ],
)
def test_news_the_side_in_a_whose_remains_clause_sends_the_dead(
    news: News, period_legs: Legs, text: str
) -> None:
    """The side after "whose bodies" sent the dead, on the relative clause's date."""
    assert period_legs(news(text)) == {("2025-10-17", "RUS", "UKR", "remains", "64")}


def test_news_whose_bodies_ukraine_returned_go_to_russia(news: News, period_legs: Legs) -> None:
    """The other way round: the side after "whose bodies" is Ukraine, so Russia got them."""
    read = news(
        "Relatives identified 12 of the 64 soldiers whose bodies Ukraine returned on Friday."
    )
    assert ("2025-10-17", "UKR", "RUS", "remains", "64") in period_legs(read)


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause's verb is no handover: nobody moved
        "Two brothers were among the 64 soldiers whose bodies Russia still holds.",
        # a plan, not a handover
        "Two brothers were among the 64 soldiers whose bodies Russia has offered to return.",
        # a refusal: the dead were not moved
        "Two brothers were among the 64 soldiers whose bodies Russia refused to return.",
    ],
)
def test_news_a_whose_clause_without_a_done_handover_moves_no_one(
    news: News, period_legs: Legs, text: str
) -> None:
    """Near misses: holding, offering or refusing give no transfer."""
    assert ("2025-10-17", "RUS", "UKR", "remains", "64") not in period_legs(news(text))


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=3_000).filter(lambda n: not 1_800 <= n <= 2_100),
    noun=st.sampled_from(["bodies", "remains"]),
    verb=st.sampled_from(["returned", "handed over", "repatriated"]),
)
def test_news_any_count_whose_remains_russia_sent_goes_to_ukraine(
    news: News, period_legs: Legs, n: int, noun: str, verb: str
) -> None:
    """Whatever the count, noun and verb, the dead went from Russia to Ukraine."""
    read = news(f"Two brothers were among the {n:,} soldiers whose {noun} Russia {verb} on Friday.")
    assert period_legs(read) == {("2025-10-17", "RUS", "UKR", "remains", f"{n:,}")}
