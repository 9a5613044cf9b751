"""A bare number as the subject of a passive of handing over to a side: "and 19 were handed
over to Russia".

After a clause that counts people by a noun and moves them, a second clause may keep only its
number, a passive of sending and the side the people went to: the number counts the same kind
of people, moved to that side. With no side named, or with no handover told before it, the
bare number stays unread.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_SIDES = {"Ukraine": "UKR", "Russia": "RUS"}
_KINDS = {"bodies": "remains", "prisoners of war": "prisoners_of_war", "civilians": "civilians"}
_PASSIVES = [
    "were handed over to",
    "were handed back to",
    "were also handed over to",
    "were sent to",
    "were sent back to",
    "were transferred to",
    "were passed to",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the previous repatriation, in August, 1,000 bodies were also returned to "
            "Ukraine and 19 were handed over to Russia.",
            {
                ("2025-08", "RUS", "UKR", "remains", "1,000"),
                ("2025-08", "UKR", "RUS", "remains", "19"),
            },
        ),
        (
            "On Friday 100 prisoners of war were returned to Ukraine, while only 90 were "
            "handed back to Russia.",
            {
                ("2025-11-14", "RUS", "UKR", "prisoners_of_war", "100"),
                ("2025-11-14", "UKR", "RUS", "prisoners_of_war", "90"),
            },
        ),
    ],
)
def test_bare_number_handed_over_to_a_side(recap: Recap, text: str, expected: Legs) -> None:
    assert expected <= recap(text)


@pytest.mark.parametrize(
    "text",
    [
        # no handover told before: "sent" may be anyone sent anywhere
        "By 2024, 3,000 were sent to Russia.",
        "Kyiv said 500 were transferred to Russia.",
        # troops deployed are no handover, so the bare number after them is not either
        "Russia deployed 500 troops and 300 were sent to Ukraine.",
    ],
)
def test_bare_number_sent_without_a_handover_is_unread(recap: Recap, text: str) -> None:
    assert recap(text) == set()


def test_bare_number_handed_over_to_no_side_is_unread(recap: Recap) -> None:
    """With no side after "to", the way the bare number went is not said: it stays unread."""
    legs = recap("On Friday 1,000 bodies were returned to Ukraine and 19 were handed over.")
    assert {leg[4] for leg in legs} == {"1,000"}


@_SETTINGS
@given(
    first=st.integers(min_value=100, max_value=1500),
    second=st.integers(min_value=2, max_value=99),
    receiver=st.sampled_from(sorted(_SIDES)),
    noun=st.sampled_from(sorted(_KINDS)),
    passive=st.sampled_from(_PASSIVES),
    joint=st.sampled_from([" and", ", while", ", and"]),
)
def test_bare_number_goes_to_the_side_named(
    recap: Recap, first: int, second: int, receiver: str, noun: str, passive: str, joint: str
) -> None:
    """The bare number goes to the side after "to", from the other, as the kind told before."""
    other = "Russia" if receiver == "Ukraine" else "Ukraine"
    text = (
        f"On 3 June {first:,} {noun} were returned to {other}{joint} {second} {passive} {receiver}."
    )
    legs = recap(text)
    kind = _KINDS[noun]
    to, back = _SIDES[receiver], _SIDES[other]
    assert ("2025-06-03", back, to, kind, str(second)) in legs
    assert not any(leg[4] == str(second) and leg[2] == back for leg in legs)
