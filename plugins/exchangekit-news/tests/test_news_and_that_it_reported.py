"""A second reported clause, "and that it ...", keeps the first clause's subject.

"An aide said Russia was ready to free 300 children, and that it had already sent home
40 of them": the speaker reports two things about the same side, so "it" is the side
that opens the first reported clause, not a side named in a sentence before. With no
side right after the verb of saying, "it" is left unresolved rather than guessed.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def moves(text: str) -> set[tuple[str, str, int]]:
    """(sender, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 9, 3), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


_BEFORE = (
    "Earlier talks led to the return of 900 bodies, which Kyiv received in June.\n\nSeparately, "
)


@settings(max_examples=25, deadline=None)
@given(
    whole=st.integers(min_value=200, max_value=1799),
    part=st.integers(min_value=2, max_value=150),
    side=st.sampled_from([("Russia", "RUS", "UKR"), ("Ukraine", "UKR", "RUS")]),
)
def test_it_is_the_first_reported_subject(
    whole: int, part: int, side: tuple[str, str, str]
) -> None:
    """Whatever the side and counts, "it" gives the part from the first clause's side."""
    name, sender, receiver = side
    text = (
        _BEFORE + f"an envoy said {name} was ready to free {whole:,} children on lists "
        f"the other side had drawn up, and that it had already sent home {part} of them."
    )
    read = moves(text)
    assert (sender, receiver, part) in read
    assert (receiver, sender, part) not in read


def test_said_that_before_the_first_subject() -> None:
    """The first clause opened by "said that": "it" is still its subject."""
    text = (
        _BEFORE + "a negotiator said that Russia was willing to hand back 500 children "
        "named by Ukraine, and that it had already sent home 31 of them."
    )
    assert ("RUS", "UKR", 31) in moves(text)
    assert ("UKR", "RUS", 31) not in moves(text)


def test_with_a_named_speaker() -> None:
    """A named speaker before the verb of saying does not change the subject."""
    text = (
        _BEFORE + "Medvedchuk said Russia was prepared to release 250 children, and that "
        "it had already handed back 18 of them."
    )
    assert ("UKR", "RUS", 18) not in moves(text)


def test_no_side_after_the_verb_of_saying_is_refused() -> None:
    """Near miss: the first reported clause opens with no side, so no side is guessed."""
    text = (
        _BEFORE + "an envoy said the lists held 300 children named by Ukraine, and that it "
        "had already sent home 40 of them."
    )
    assert ("UKR", "RUS", 40) not in moves(text)
