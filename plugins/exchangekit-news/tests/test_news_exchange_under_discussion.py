"""An exchange said to be "under discussion" or "being negotiated" is a plan.

"A new swap of 300 prisoners from each side is under discussion": the noun's own
predicate says the exchange is still being talked about, so its figures hand no one
over. An exchange that "took place" after the talks, or one whose size was agreed "in
talks" (a prepositional phrase, not the predicate), stays read.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves as moves_on


def moves(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    return moves_on(text, published=date(2025, 9, 3))


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2200, max_value=9000) | st.integers(min_value=20, max_value=1799),
    talk=st.sampled_from(
        [
            "was under discussion",
            "is under discussion",
            "was under negotiation",
            "is being negotiated",
            "was being discussed",
            "is under consideration",
        ]
    ),
)
def test_an_exchange_still_talked_about_moves_no_one(n: int, talk: str) -> None:
    """Whatever the size and the tense, an exchange still under talks is not read."""
    text = (
        f"A diplomat said that another swap, perhaps involving up to {n:,} captives "
        f"from each side, {talk}."
    )
    assert moves(text) == set()


def test_plain_exchange_under_discussion() -> None:
    """The bare form: the noun, its figure, and "is under discussion"."""
    text = "A new exchange of 300 prisoners for 300 is under discussion, officials said."
    assert moves(text) == set()


def test_being_discussed_after_an_aside() -> None:
    """The predicate after a comma aside still belongs to the noun."""
    text = (
        "Kyiv confirmed that a further handover involving 120 soldiers on each side, "
        "brokered by Qatar, was being discussed."
    )
    assert moves(text) == set()


def test_exchange_held_after_talks_is_still_read() -> None:
    """Near miss: talks named in a phrase of time, and the exchange took place."""
    text = (
        "On Monday Russia and Ukraine exchanged 150 prisoners of war each after weeks "
        "under discussion in Istanbul."
    )
    assert ("RUS", "UKR", "prisoners_of_war", 150) in moves(text)
    assert ("UKR", "RUS", "prisoners_of_war", 150) in moves(text)
