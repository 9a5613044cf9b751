"""A noun of handing over whose goal comes before its people: "the return to Ukraine of 12".

"The mission recorded the return to Ukraine in May of nine detained civilians": the side
after "to" (maybe with a month after it) is where the people the "of" counts went, as in
"the return of nine civilians to Ukraine"; a side that announced it does not send them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

CIVILIANS = PersonCategory.CIVILIANS


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=10, max_value=400),
    teller=st.sampled_from(
        ["The monitoring mission recorded", "Observers confirmed", "The report notes"]
    ),
    noun=st.sampled_from(["the return", "the repatriation", "the transfer"]),
    goal=st.sampled_from([("Ukraine", "UKR", "RUS"), ("Russia", "RUS", "UKR")]),
    month=st.sampled_from(["", " in May", " in May 2025"]),
)
def test_the_goal_before_of_is_the_receiver(
    legs_of: Callable[..., Any], count: int, teller: str, noun: str, goal: Any, month: str
) -> None:
    """The side after "to" gets the people; the other side sent them."""
    name, receiver, sender = goal
    text = f"{teller} {noun} to {name}{month} of {count} civilians."
    assert legs_of(text) == {(sender, receiver, CIVILIANS): [Count.parse(str(count))]}


def test_an_announcing_side_is_the_goal_not_the_sender(legs_of: Callable[..., Any]) -> None:
    """Harder: the side's own official announces its people's return; it still gets them."""
    text = (
        "Russia's human rights commissioner announced on Monday the return to Russia of "
        "23 civilians from the border district."
    )
    assert legs_of(text) == {("UKR", "RUS", CIVILIANS): [Count.parse("23")]}


def test_people_of_the_other_side_are_not_sent_by_the_goal(
    legs_of: Callable[..., Any],
) -> None:
    """Near miss: people of the other nationality make "to Ukraine" no homecoming of theirs."""
    legs = legs_of("The mission recorded the return to Ukraine of 14 Russian soldiers.")
    assert ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR) not in legs


def test_a_goal_sought_is_no_handover(legs_of: Callable[..., Any]) -> None:
    """Near miss: a return still sought moves no one, goal or not."""
    assert legs_of("Kyiv is seeking the return to Ukraine of 40 detained civilians.") == {}
