"""A handover whose own verb says it stalled is no handover done.

"The handover of the bodies of 6,000 soldiers stalled on Saturday" and "a swap
of 90 for 90 was delayed" tell a plan held up, not people returned: no transfer
is read from them. A handover told done after its delay ("..., delayed by a
week, took place") or a direct verb of handing over still is, and so is one whose
own verb ("came after", "followed") leads into a later clause that holds the stall
word: that clause's delay is another thing's. "Descended" stalls only into a quarrel.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=30, deadline=None)
@given(
    count=st.sampled_from(["6,000", "1,212", "thousands", "hundreds", "dozens"]),
    verb=st.sampled_from(
        ["stalled", "was delayed", "was suspended", "collapsed", "descended into acrimony"]
    ),
    aside=st.sampled_from(["", ", agreed at the talks last week,"]),
)
def test_a_stalled_handover_of_bodies_is_no_transfer(
    recap: Callable[[str], Legs], count: str, verb: str, aside: str
) -> None:
    """The noun's verb of stalling refuses the figure, with or without an aside between."""
    text = f"The handover of the bodies of {count} Ukrainian soldiers{aside} {verb} on Saturday.\n"
    assert recap(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "A swap of 90 soldiers for 90 was delayed on Friday after a dispute over the lists.\n",
        "An exchange of 40 prisoners on each side, brokered by the UAE, stalled on Friday.\n",
    ],
)
def test_a_stalled_swap_is_no_transfer(recap: Callable[[str], Legs], text: str) -> None:
    """A prisoner swap held up is a plan too: neither direction is read."""
    assert recap(text) == set()


def test_a_handover_done_after_its_delay_is_read(recap: Callable[[str], Legs]) -> None:
    """Near miss: a direct verb of handing over, with the delay told apart, is a transfer."""
    text = "Russia handed over 900 bodies on Friday after the handover was delayed by a week.\n"
    assert ("2025-11-14", "RUS", "UKR", "remains", "900") in recap(text)


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "The swap of 250 prisoners for 250 on Wednesday came after weeks during which "
            "the talks were suspended, Kyiv's human rights commissioner said.\n",
            ("2025-11-19", "RUS", "UKR", "prisoners_of_war", "250"),
        ),
        (
            "The return of 800 bodies to Ukraine on Wednesday followed a quarrel over lists "
            "that had derailed it twice, Ukrainian officials said.\n",
            ("2025-11-19", "RUS", "UKR", "remains", "800"),
        ),
        (
            "The handover of 1,000 bodies to Ukraine on Wednesday came only after a dispute "
            "over refrigerated trucks had stalled it for a month.\n",
            ("2025-11-19", "RUS", "UKR", "remains", "1,000"),
        ),
    ],
)
def test_a_stall_word_in_a_later_clause_is_not_the_handovers(
    recap: Callable[[str], Legs], text: str, leg: tuple[str, str, str, str, str]
) -> None:
    """The noun's own verb ("came after", "followed") says it was done; the stall word
    belongs to the talks or the row in the later clause."""
    assert leg in recap(text)


def test_a_stall_in_the_nouns_own_relative_clause_still_refuses(
    recap: Callable[[str], Legs],
) -> None:
    """Near miss: a relative clause set off by a comma is the noun's own; it stalled."""
    text = "The swap of 90 soldiers for 90, which was delayed on Wednesday, is now due next week.\n"
    assert recap(text) == set()


@pytest.mark.parametrize(
    ("tail", "read"),
    [
        ("descended into a bitter public row, Kyiv said", False),
        ("descended into mutual recriminations, Kyiv said", False),
        ("descended into the early hours of Friday, Kyiv said", True),
    ],
)
def test_descended_stalls_only_into_a_quarrel(
    recap: Callable[[str], Legs], tail: str, read: bool
) -> None:
    """ "Descended into" holds a handover up only when its object is a quarrel; a literal
    descent into the night is no stall."""
    text = f"The handover of 1,000 bodies to Ukraine on Wednesday {tail}.\n"
    assert (("2025-11-19", "RUS", "UKR", "remains", "1,000") in recap(text)) is read


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "The swap of 120 prisoners for 120 on Wednesday came after talks between the "
            "two sides had descended into a public row, the ombudsman said.\n",
            ("2025-11-19", "RUS", "UKR", "prisoners_of_war", "120"),
        ),
        (
            "The exchange of 300 prisoners for 300 on Wednesday went ahead as the evening "
            "descended into heavy rain, Kyiv said.\n",
            ("2025-11-19", "UKR", "RUS", "prisoners_of_war", "300"),
        ),
        (
            "Russia handed 500 bodies to Ukraine on Wednesday, weeks after talks on the "
            "lists descended into a bitter row.\n",
            ("2025-11-19", "RUS", "UKR", "remains", "500"),
        ),
    ],
)
def test_a_real_exchange_beside_an_unrelated_descent_is_read(
    recap: Callable[[str], Legs], text: str, leg: tuple[str, str, str, str, str]
) -> None:
    """ "Descended" in a later clause (the talks' row) or with no quarrel (the evening's
    rain) does not hold up the exchange told done next to it."""
    assert leg in recap(text)


def test_an_exchange_that_itself_descended_into_a_row_is_no_transfer(
    recap: Callable[[str], Legs],
) -> None:
    """Near miss: the swap's own verb is "descended into a row": held up, nothing read."""
    text = (
        "The swap of 120 prisoners for 120 on Wednesday descended into a row over the "
        "lists, the ombudsman said.\n"
    )
    assert recap(text) == set()
