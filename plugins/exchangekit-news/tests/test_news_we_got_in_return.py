"""What "we" got "in return" for the leg just told: "In return, we received 36 of our dead".

A broadcast or a ministry speaks as "we" without the text naming its side. After a
sentence that tells one way of a handover, "In return, we received ..." is the giver
getting people back, so the way is the reverse of that leg. Only with "we" right before
a verb of getting, in a sentence that opens "in return" or "in exchange", straight after
the leg it answers.
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
            "Early on Tuesday, at a crossing in the Bryansk region, the Russian side handed "
            "over 640 bodies to Ukraine, according to the aide. In return, we received the "
            "remains of twenty-two of our fallen, the presenter added.",
            ("UKR", "RUS", "remains", "22"),
        ),
        (
            "Ukraine handed 75 prisoners of war back to Russia on Friday, the ministry said. "
            "In exchange, we got back 75 of our defenders.",
            ("RUS", "UKR", "prisoners_of_war", "75"),
        ),
    ],
)
def test_we_got_back_from_the_side_that_gave(
    recap: Recap, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)}


def test_we_later_in_the_text_is_no_answer(recap: Recap) -> None:
    # near miss: a sentence between, and no "in return": whose "we" it is, nothing says
    text = (
        "The Russian side handed over 640 bodies to Ukraine on Tuesday. The handover took "
        "hours. We received the remains of twenty-two soldiers, the presenter added."
    )
    assert not any(leg[4] == "22" for leg in recap(text))
