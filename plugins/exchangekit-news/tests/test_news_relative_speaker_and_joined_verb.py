"""A side that only says a relative clause is no subject of the verb joined after it.

"Kyiv received 800 bodies that Moscow said were soldiers and returned 23 to Russia": the
relative clause's speaker reports what the bodies were; "returned" is joined to
"received" and shares its subject, Kyiv. Read with Moscow as its subject, the 23 went
from Russia to Russia and were lost.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On June 2, Kyiv received 640 bodies that Moscow said were those of its "
            "soldiers and returned 17 to Russia.",
            {("RUS", "UKR", "remains", 640), ("UKR", "RUS", "remains", 17)},
        ),
        (
            "On June 2, Russia took back 210 bodies that Kyiv said were soldiers and "
            "handed 35 bodies over to Ukraine.",
            {("UKR", "RUS", "remains", 210), ("RUS", "UKR", "remains", 35)},
        ),
    ],
)
def test_joined_verb_after_a_said_relative_keeps_the_first_subject(
    text: str, expected: set[tuple[str, str, str, int]]
) -> None:
    assert moves(text, _DAY) == expected


def test_relative_with_its_own_pronoun_subject_still_reads_the_speaker() -> None:
    # near miss: "it" after the verb of saying is the subject and stands for the speaker
    found = moves(
        "On June 2, the exchange, which Moscow said it had carried out with Kyiv, saw "
        "Russia hand over 90 prisoners.",
        _DAY,
    )
    assert ("RUS", "UKR", "prisoners_of_war", 90) in found
    assert not any(leg[0] == leg[1] for leg in found)


@settings(max_examples=25, deadline=None)
@given(
    received=st.integers(min_value=100, max_value=2000),
    returned=st.integers(min_value=2, max_value=99),
    speaker=st.sampled_from(["Moscow", "Russia", "the Kremlin"]),
)
def test_the_speaker_never_sends_to_itself(received: int, returned: int, speaker: str) -> None:
    found = moves(
        f"On June 2, Kyiv received {received:,} bodies that {speaker} said were soldiers "
        f"and returned {returned} to Russia.",
        _DAY,
    )
    assert found == {("RUS", "UKR", "remains", received), ("UKR", "RUS", "remains", returned)}
