"""A vague count capped after it: "a few dozen at most", "several dozen or fewer".

The cap after a figure of words bounds a guess that names no number, just as "at most
a few dozen" does before it: no count can be read without dropping the bound, so the
figure is refused. The same vague figure with no cap ("receiving a few dozen") is read.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def moves(text: str) -> set[tuple[str, str, str]]:
    """(sender, receiver, category) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 9, 3), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2200, max_value=9000) | st.integers(min_value=200, max_value=1799),
    vague=st.sampled_from(["a few dozen", "several dozen", "dozens"]),
    cap=st.sampled_from(["at most", "at the most", "or fewer", "or less"]),
)
def test_a_capped_vague_count_goes_unread(n: int, vague: str, cap: str) -> None:
    """Whatever the large count beside it, the capped vague one gives no transfer."""
    text = f"In May Moscow handed over {n:,} bodies to Kyiv and received {vague} {cap}."
    assert ("UKR", "RUS", "remains") not in moves(text)
    assert ("RUS", "UKR", "remains") in moves(text)


def test_cap_after_a_with_phrase() -> None:
    """The with-phrase form: the other side's share told after the main handover."""
    text = "On Friday 900 bodies went to Ukraine, with Russia receiving a few dozen at most."
    assert ("UKR", "RUS", "remains") not in moves(text)


def test_cap_before_a_comma_aside() -> None:
    """The cap closes the figure even when an aside follows it."""
    text = (
        "Kyiv recovered 1,000 bodies on Tuesday and returned several dozen at the most, "
        "officials said."
    )
    assert ("UKR", "RUS", "remains") not in moves(text)


def test_uncapped_vague_count_is_still_read() -> None:
    """Near miss: with no cap the vague count stays a transfer."""
    text = "On Friday 900 bodies went to Ukraine, with Russia receiving a few dozen."
    assert ("UKR", "RUS", "remains") in moves(text)
