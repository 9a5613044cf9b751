"""An adverb inside the passive ("were then handed over") keeps "the same number" its subject.

"Moscow got 70 men back; the same number of Ukrainians were then handed over to Kyiv":
"then", "also" or "duly" between the auxiliary and the verb changes neither the verb
nor its subject, so the echo goes the other way. A verb in a clause of its own, past a
comma, is still not the echo's.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2025, 8, 14)


@pytest.mark.parametrize("adverb", ["then", "also", "duly", "likewise"])
def test_news_adverb_inside_the_passive_of_the_echo(adverb: str) -> None:
    text = (
        "On Wednesday 70 Russian soldiers came back from Ukrainian captivity. The same "
        f"number of captured Ukrainian soldiers were {adverb} handed over to the Ukrainian side."
    )
    assert moves(text, _DAY) == {
        ("UKR", "RUS", "prisoners_of_war", 70),
        ("RUS", "UKR", "prisoners_of_war", 70),
    }


def test_news_adverb_does_not_reach_past_a_comma() -> None:
    """Near miss: the passive belongs to "a letter", in a clause after the comma."""
    text = (
        "On Wednesday 70 Russian soldiers came back from Ukrainian captivity. The same number "
        "of Ukrainians are still held, officials said, and a letter was then handed over."
    )
    assert moves(text, _DAY) == {("UKR", "RUS", "prisoners_of_war", 70)}


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    adverb=st.sampled_from(["then", "also", "duly", "likewise"]),
)
def test_news_echo_with_an_adverb_repeats_the_figure(n: int, adverb: str) -> None:
    """Whatever the figure, the echo with an adverb sends exactly that many back."""
    text = (
        f"On Wednesday {n} Russian soldiers came back from Ukrainian captivity. The same "
        f"number of captured Ukrainian soldiers were {adverb} handed over to the Ukrainian side."
    )
    assert ("RUS", "UKR", "prisoners_of_war", n) in moves(text, _DAY)
