"""A side's own people handed by the other side to a third country: "... by Russia to Turkey".

"Twelve Ukrainian marines were handed over by Russia to Turkey": the nationality says
whose people they are, but the verb's agent, the side that held them, let them go to the
country after "to", so they did not go home. Read only with that agent told between the
verb and the "to", and not where the clause takes them on ("and then home").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fourteen Ukrainian paratroopers who had been taken at the port in 2023 were, in "
            "a separate deal, handed over by Russia to Qatar, where they are to stay until a "
            "ceasefire, Doha said.",
            ("RUS", "QAT", "prisoners_of_war", "14"),
        ),
        (
            "Under the same arrangement nine Russian conscripts were handed over by the "
            "Ukrainian side to Turkey on Monday, the Turkish presidency said.",
            ("UKR", "TUR", "prisoners_of_war", "9"),
        ),
    ],
)
def test_own_people_handed_by_holder_to_a_third_country(
    recap: Recap, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # a stop on the way home: Turkey did not keep them
        "Eleven Ukrainian soldiers were handed over by Russia to Turkey and then flown "
        "home to Kyiv the same night.",
        # no agent: who let them go is not told
        "Eight Ukrainian soldiers were flown to Turkey on Tuesday.",
    ],
)
def test_own_people_not_kept_abroad(recap: Recap, text: str) -> None:
    assert not any(leg[2] in ("TUR", "QAT") for leg in recap(text))
