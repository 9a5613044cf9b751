"""A side as the subject of a passive of giving that keeps its object: "Kyiv was handed over
40 soldiers".

In "X was handed over N people" the passive's subject is the one given to, not the giver, so
the people went to X. People counted before the verb ("N people were handed over to X") are
the ordinary passive and keep the side after "to" as the receiver; an active "X handed over N
people" keeps X as the giver.
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
_KINDS = {"soldiers": "prisoners_of_war", "bodies": "remains", "civilians": "civilians"}
_PASSIVES = ["was handed over", "has been given back", "was also handed back", "had been returned"]


@given(
    side=st.sampled_from(sorted(_SIDES)),
    passive=st.sampled_from(_PASSIVES),
    noun=st.sampled_from(sorted(_KINDS)),
    count=st.integers(min_value=2, max_value=400),
)
@_SETTINGS
def test_passive_subject_receives_the_object(
    legs: Keyed, side: str, passive: str, noun: str, count: int
) -> None:
    receiver, sender = _SIDES[side]
    got = legs(f"On Tuesday {side} {passive} {count} {noun}, officials said.")
    assert set(got) == {(sender, receiver, _KINDS[noun])}
    assert got[(sender, receiver, _KINDS[noun])].best == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people behind "the bodies of", and the agent named after the object
        (
            "Ukraine was returned the bodies of 63 soldiers by Russia on Monday.",
            ("RUS", "UKR", "remains"),
        ),
        # the subject told by a pronoun after a verb of saying
        (
            "Moscow said it had also been handed back 27 servicemen.",
            ("UKR", "RUS", "prisoners_of_war"),
        ),
    ],
)
def test_harder_forms(legs: Keyed, text: str, expected: tuple[str, str, str]) -> None:
    assert set(legs(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-misses: the ordinary passive (people first) and the active verb
        ("On Tuesday 63 bodies were handed over to Moscow.", ("UKR", "RUS", "remains")),
        ("On Tuesday Moscow handed over 63 bodies.", ("RUS", "UKR", "remains")),
        ("On Tuesday Kyiv handed back 27 soldiers.", ("UKR", "RUS", "prisoners_of_war")),
    ],
)
def test_near_misses_keep_their_way(legs: Keyed, text: str, expected: tuple[str, str, str]) -> None:
    assert set(legs(text)) == {expected}
