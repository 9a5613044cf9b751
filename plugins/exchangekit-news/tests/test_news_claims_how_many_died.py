"""A side's dead named as the count put ("how many Russian troops have died"), then told.

"The minister put a figure on how many Russian troops have died. He said more than
90,000 had been killed.": the first sentence names whose dead are counted without a
figure, so the sideless toll told next is that side's.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, CasualtyClaim


def claims(text: str) -> set[tuple[str, CasualtyCategory, int]]:
    """(subject, category, N) of every claim read in ``text``: "more than N" gives N."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 6, 2), publisher="Desk"
    )
    return {
        (c.subject.code, c.category, (c.count.low or 1) - 1)
        for c in items
        if isinstance(c, CasualtyClaim) and c.subject is not None
    }


@settings(max_examples=12, deadline=None)
@given(
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    noun=st.sampled_from(["troops", "soldiers", "servicemen"]),
    verb=st.sampled_from(["have died", "had been killed", "were killed", "died"]),
)
def test_how_many_of_a_side_died_sets_the_next_tolls_side(
    side: tuple[str, str], noun: str, verb: str
) -> None:
    """Whatever the side, the fighters' noun and the verb of dying, the toll is that side's."""
    text = (
        f"The minister gave an answer on how many {side[0]} {noun} {verb}. "
        "He said that more than 70,000 had been killed in the fighting."
    )
    assert (side[1], CasualtyCategory.KILLED, 70000) in claims(text)


def test_how_many_died_in_a_transcript_turn_with_a_spelled_toll() -> None:
    """Harder: an anchor's turn, the toll spelled out and dated by a broadcast."""
    text = (
        "ANCHOR: For the first time in weeks, the Kremlin has said how many Russian "
        "soldiers have died. In a statement read on Sunday it said that more than "
        "fifty-two thousand had been killed since the start of the war."
    )
    assert ("RUS", CasualtyCategory.KILLED, 52000) in claims(text)


def test_how_many_are_held_gives_no_side_to_a_toll() -> None:
    """Near miss: "how many ... are held" names captivity, not the dead."""
    text = (
        "The minister gave an answer on how many Ukrainian soldiers are held. "
        "He said that more than 70,000 had been killed in the fighting."
    )
    assert not any(n == 70000 for *_, n in claims(text))
