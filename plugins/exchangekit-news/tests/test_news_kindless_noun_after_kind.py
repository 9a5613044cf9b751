"""A count with its own noun of no kind does not take the kind of the figure told before it.

"52 soldiers came home and 52 went to Russia, while six foreign volunteers were freed to
Turkey": "volunteers", like "foreigners", "nationals" or "citizens", says whose people
they are, not soldier or civilian, so the six are of no one kind (the coding conventions
give a side only the nouns said of it), whatever the figure before them. Wounded people
after soldiers are still wounded prisoners.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2026, 2, 12)


@pytest.mark.parametrize("noun", ["foreign volunteers", "foreigners", "foreign nationals"])
def test_news_kindless_noun_to_a_third_country_is_other(noun: str) -> None:
    text = (
        "On Tuesday, in Riyadh, 52 soldiers came home and 52 went the other way, while "
        f"six {noun} who had fought for Ukraine were released to Saudi Arabia."
    )
    read = moves(text, _DAY)
    assert ("RUS", "SAU", "other", 6) in read
    assert ("RUS", "SAU", "prisoners_of_war", 6) not in read


def test_news_soldiers_after_soldiers_keep_their_kind() -> None:
    """Near miss: a noun of a kind of its own is read as told."""
    text = (
        "On Tuesday, in Riyadh, 52 soldiers came home and 52 went the other way, while "
        "six foreign soldiers who had fought for Ukraine were released to Saudi Arabia."
    )
    assert ("RUS", "SAU", "prisoners_of_war", 6) in moves(text, _DAY)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=400),
    k=st.integers(min_value=2, max_value=15),
    noun=st.sampled_from(["foreign volunteers", "foreigners", "foreign nationals"]),
)
def test_news_kindless_noun_never_takes_the_soldiers_kind(n: int, k: int, noun: str) -> None:
    """Whatever the figures, the people of no kind are never read as prisoners of war."""
    text = (
        f"On Tuesday, in Riyadh, {n} soldiers came home and {n} went the other way, while "
        f"{k} {noun} who had fought for Ukraine were released to Saudi Arabia."
    )
    assert not any(
        receiver == "SAU" and kind == "prisoners_of_war" for _, receiver, kind, _ in moves(text)
    )
