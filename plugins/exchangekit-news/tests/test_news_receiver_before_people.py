"""A receiver told before the people sent: "our side handed over to the Kiev side 909 bodies".

The Russian ministries' word order puts "to <side>" right after the verb of sending and
the people after it. The side after "to" is the receiver whoever the subject is, even a
first person whose side the text never names ("our side"); only the people's own
leading words ("a further", "the remains of") may stand between. A go-between after
"to" is no receiver, and a noun's "to" ("the return to Russia of 46 people") is left to
the rules for its goal.
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
            "On Thursday, according to a statement read out on state television, our side "
            "handed over to the Kiev side 412 bodies which, the ministry said, belonged to "
            "servicemen of the armed formations.",
            ("RUS", "UKR", "remains", "412"),
        ),
        (
            "The Ukrainian side, for its part, transferred to the Russian side the remains "
            "of 23 of its dead, a lawmaker involved in the talks said.",
            ("UKR", "RUS", "remains", "23"),
        ),
        (
            "Late on Sunday, Medinsky wrote, our side had handed over to Kyiv a further "
            "815 bodies.",
            ("RUS", "UKR", "remains", "815"),
        ),
    ],
)
def test_receiver_named_before_the_people(
    recap: Recap, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}


def test_go_between_after_to_is_no_receiver(recap: Recap) -> None:
    # near miss: the Red Cross carried the bodies; whose side "our" is, nothing says
    text = "Yesterday, officials said, our side handed over to the Red Cross 300 bodies."
    assert recap(text) == set()
