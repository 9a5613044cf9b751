"""A side that "returned" its "heroes" (or its "fallen heroes") brought them home.

No side calls the other side's people heroes, so "Kyiv has returned 70 more heroes" and
"Moscow returned the bodies of 12 fallen heroes" are people coming home to the subject.
A side named on the people ("returned 70 Ukrainian heroes") or a passive with the side after
"to" says the way itself, and a verb of handing over keeps its subject as the giver.
The heroes are the teller's side's: when one side tells that the other "returned" heroes
("Russia has returned 70 heroes, Zelensky said"), the subject handed them over.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

Keyed = Callable[..., dict[tuple[str, str, str], Count]]

_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_SIDES = {"Kyiv": ("UKR", "RUS"), "Ukraine": ("UKR", "RUS"), "Moscow": ("RUS", "UKR")}
_VERBS = ["returned", "has returned", "had returned", "has also returned"]


@given(
    side=st.sampled_from(sorted(_SIDES)),
    verb=st.sampled_from(_VERBS),
    more=st.sampled_from(["", "more ", "another "]),
    count=st.integers(min_value=2, max_value=400),
)
@_SETTINGS
def test_returned_heroes_came_home_to_the_subject(
    legs: Keyed, side: str, verb: str, more: str, count: int
) -> None:
    receiver, sender = _SIDES[side]
    got = legs(f"On Tuesday {side} {verb} {more}{count} heroes, officials said.")
    assert [(s, r) for s, r, _ in got] == [(sender, receiver)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv has returned the remains of 12 fallen heroes.", ("RUS", "UKR", "remains")),
        ("Moscow returned the bodies of 31 fallen heroes.", ("UKR", "RUS", "remains")),
        # harder: captivity after the people, and a speaker before the subject
        (
            "The president said Ukraine had returned 70 more heroes from captivity.",
            ("RUS", "UKR", "prisoners_of_war"),
        ),
    ],
)
def test_harder_forms(legs: Keyed, text: str, expected: tuple[str, str, str]) -> None:
    assert set(legs(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # near-misses: a side named on the people, and the ordinary passive to a side
        ("Russia returned 70 Ukrainian heroes.", ("RUS", "UKR")),
        ("On Friday 70 heroes were returned to Ukraine.", ("RUS", "UKR")),
    ],
)
def test_named_ways_are_kept(legs: Keyed, text: str, way: tuple[str, str]) -> None:
    assert [(s, r) for s, r, _ in legs(text)] == [way]


# (teller, its side) whose word "heroes" makes the people that side's own
_TELLERS = {
    "Zelensky said": "UKR",
    "the Ukrainian ombudsman said": "UKR",
    "Russia's defence ministry said": "RUS",
    "the Kremlin said": "RUS",
}


@given(
    teller=st.sampled_from(sorted(_TELLERS)),
    side=st.sampled_from(sorted(_SIDES)),
    verb=st.sampled_from(_VERBS),
    count=st.integers(min_value=2, max_value=400),
)
@_SETTINGS
def test_the_heroes_go_home_to_the_tellers_side(
    legs: Keyed, teller: str, side: str, verb: str, count: int
) -> None:
    """Whoever is the subject, the heroes end up with the side that calls them heroes."""
    got = legs(f"{side} {verb} {count} heroes on Tuesday, {teller}.")
    assert [r for _, r, _ in got] == [_TELLERS[teller]]


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # the other side's heroes: the subject handed them over
        ("Russia has returned 70 heroes, Zelensky said on Friday.", ("RUS", "UKR")),
        # harder: the speaker first, and the subject a capital
        ("The Russian defence ministry said Kyiv had returned 45 more heroes.", ("UKR", "RUS")),
        # near-miss: the teller is the subject's own side, which got them back
        ("Kyiv has returned 70 more heroes, Zelensky said on Friday.", ("RUS", "UKR")),
    ],
)
def test_the_tellers_side_owns_the_heroes(legs: Keyed, text: str, way: tuple[str, str]) -> None:
    assert [(s, r) for s, r, _ in legs(text)] == [way]
