"""People "going the other way" in a sentence of their own.

"Ukraine received 600 bodies on Monday. Twenty-two went the other way.": a sentence that
opens on people of no stated side going "the other way" went against the one way the
sentence just before moved people. After a swap told both ways, or after a running
total, there is no single way to go against, and no direction is guessed.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def directions(text: str) -> set[tuple[str, str, int]]:
    """(sender, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 6, 20), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    big=st.integers(min_value=300, max_value=990),
    small=st.integers(min_value=11, max_value=99),
    verb=st.sampled_from(["went the other way", "went in the other direction"]),
    kyiv_received=st.booleans(),
)
def test_the_next_sentence_goes_against_the_one_way_before(
    big: int, small: int, verb: str, kyiv_received: bool
) -> None:
    """Whichever side received, the bodies of the next sentence went back against it."""
    receiver, sender = ("Ukraine", "UKR") if kyiv_received else ("Russia", "RUS")
    code = "RUS" if sender == "UKR" else "UKR"
    text = f"On June 3, {receiver} took back the remains of {big} soldiers. {small} bodies {verb}."
    assert directions(text) == {(code, sender, big), (sender, code, small)}


def test_a_present_tense_timeline_entry() -> None:
    """The harder form: a timeline line in the present tense, the figure in words."""
    text = (
        "MARCH 2 - Kyiv receives the bodies of 757 people that Moscow says were Ukrainian "
        "servicemen. Thirty-four bodies go the other way."
    )
    assert directions(text) == {("RUS", "UKR", 757), ("UKR", "RUS", 34)}


def test_no_other_way_after_a_swap_told_both_ways() -> None:
    """Near miss: after a swap both ways, "the other way" has no single way to go against."""
    text = "On June 3 the two sides swapped 120 prisoners each. 15 bodies went the other way."
    found = directions(text)
    assert ("RUS", "UKR", 120) in found
    assert ("UKR", "RUS", 120) in found
    assert not any(n == 15 for _, _, n in found)


def test_no_other_way_after_a_running_total() -> None:
    """Near miss: a total since 2022 is no handover for the next sentence to go against."""
    text = "Ukraine has received 9,000 bodies since 2022. 41 bodies went the other way."
    assert not any(n == 41 for _, _, n in directions(text))
