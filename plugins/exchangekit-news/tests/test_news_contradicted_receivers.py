"""A receiver the verb names that the people's own side contradicts is not printed.

"Ukraine received 50 bodies, which were those of Russian soldiers" says Ukraine got them
and that they were Russia's: one of the two is a slip, and which one the text does not
say, so no direction is printed (an honest miss beats a wrong side). The same holds for
"heroes", which a side calls only its own people: "Moscow brought back 70 heroes,
according to Ukraine's ombudsman" contradicts itself. A side's "its" people told in an
aside of saying ("Kyiv, the Russian ministry said, returned 40 of its soldiers") are the
subject's, not the teller's.
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
# a name of each side as a subject, and an adjective of each side on people
_SUBJECTS = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}
_ADJECTIVES = {"Ukrainian": "UKR", "Russian": "RUS"}
_GETTING = ["received", "has received", "got back", "took back", "has brought home"]


@given(
    subject=st.sampled_from(sorted(_SUBJECTS)),
    adjective=st.sampled_from(sorted(_ADJECTIVES)),
    verb=st.sampled_from(_GETTING),
    count=st.integers(min_value=2, max_value=900),
)
@_SETTINGS
def test_a_getter_is_never_printed_against_the_peoples_side(
    legs: Keyed, subject: str, adjective: str, verb: str, count: int
) -> None:
    """Either the subject got its own people, or nothing is read: never the other way."""
    got = legs(f"{subject} {verb} {count} bodies, which were those of {adjective} soldiers.")
    if _SUBJECTS[subject] == _ADJECTIVES[adjective]:
        assert [r for _, r, _ in got] == [_SUBJECTS[subject]]
    else:
        assert got == {}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received 50 bodies, which were those of Russian soldiers.",
        # harder: the people's side in a clause a speaker tells, and a perfect verb
        "Russia has taken back 35 bodies which, Moscow said, belonged to Ukrainian servicemen.",
        "Moscow brought back 70 heroes, according to Ukraine's ombudsman.",
        "Kyiv brought home 70 heroes, according to Moscow's ombudsman.",
        # harder: the teller before the clause, and "more"
        "The Ukrainian ombudsman said Moscow had brought back 60 more heroes.",
    ],
)
def test_contradictions_are_refused(legs: Keyed, text: str) -> None:
    assert legs(text) == {}


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # near-misses: the people are the getter's own
        ("Ukraine received 50 bodies, which were those of its soldiers.", ("RUS", "UKR")),
        ("Ukraine got back 50 bodies that Kyiv said were Ukrainian soldiers.", ("RUS", "UKR")),
        ("Ukraine has brought home 70 more heroes, Zelensky said.", ("RUS", "UKR")),
        # the other side's heroes handed over: "returned" gives
        ("Russia has returned 70 heroes, Zelensky said.", ("RUS", "UKR")),
        ("Kyiv has returned 70 heroes, Moscow's ombudsman said.", ("UKR", "RUS")),
        # no teller: the reading stays the verb's
        ("Moscow brought back 70 heroes.", ("UKR", "RUS")),
        # a counter figure of the other side's people is no contradiction
        ("Kyiv got back 207 soldiers for 195 Russians.", ("RUS", "UKR")),
        # "brought ... back" may be the carrier's: the people's side decides, as before
        ("On Monday Moscow brought 80 Ukrainian soldiers back across the border.", ("RUS", "UKR")),
        # an aside of saying after other words: its teller owns "its" people
        (
            "Kyiv got back 60 soldiers in exchange, Moscow said, for 45 of its troops.",
            ("UKR", "RUS"),
        ),
    ],
)
def test_consistent_readings_are_kept(legs: Keyed, text: str, way: tuple[str, str]) -> None:
    assert (way[0], way[1]) in {(s, r) for s, r, _ in legs(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv returned 40 of its soldiers.",
        "Kyiv, the Russian defence ministry said, returned 40 of its soldiers.",
        # harder: a named teller with a day in the aside, and a perfect verb
        "Kyiv, Moscow's defence ministry said on Friday, has returned 40 of its soldiers.",
        "Kyiv, according to the Russian defence ministry, returned 40 of its soldiers.",
    ],
)
def test_its_people_in_a_speech_aside_are_the_subjects(legs: Keyed, text: str) -> None:
    assert [(s, r) for s, r, _ in legs(text)] == [("RUS", "UKR")]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the people are the other side's, or the way is told by "to"
        "Kyiv returned 40 Russian soldiers.",
        "Kyiv returned 40 prisoners to Russia.",
        "Kyiv, the Russian defence ministry said, returned 40 prisoners to Russia.",
        "Kyiv, the Russian defence ministry said, returned 40 soldiers.",
    ],
)
def test_other_ways_stay_given(legs: Keyed, text: str) -> None:
    assert [(s, r) for s, r, _ in legs(text)] == [("UKR", "RUS")]
