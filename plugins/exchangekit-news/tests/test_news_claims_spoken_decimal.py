"""A decimal read aloud is never two counts: "one point three million".

A transcript spells "1.3 million" as "one point three million"; read as two figures,
"one" and "three million" would both be wrong counts. Neither is told. A "point" that
is a place ("the crossing point") leaves the figure after it a count.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count

from .conftest import read

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def claims(text: str) -> list[CasualtyClaim]:
    """The casualty claims the parser reads in ``text``, published 3 March 2025."""
    return read(text, source="a.txt", published=date(2025, 3, 3), publisher="Desk").claims


@settings(max_examples=40, deadline=None)
@given(
    whole=st.sampled_from(UNITS),
    tenth=st.sampled_from(UNITS),
    hedge=st.sampled_from(("", "more than ", "about ")),
    scale=st.sampled_from(("million", "thousand")),
)
def test_news_a_decimal_read_aloud_gives_no_wrong_count(
    whole: str, tenth: str, hedge: str, scale: str
) -> None:
    text = (
        f"PRESENTER: The General Staff in Kyiv says Russia has lost {hedge}{whole} point "
        f"{tenth} {scale} men, killed, wounded and captured."
    )
    wrong = {
        UNITS.index(whole) + 1,
        (UNITS.index(tenth) + 1) * (10**6 if scale == "million" else 10**3),
    }
    for claim in claims(text):
        assert claim.count.low not in wrong, text
        assert claim.count.high not in wrong, text


@settings(max_examples=20, deadline=None)
@given(n=st.sampled_from(UNITS[2:]))
def test_news_a_place_called_a_point_leaves_the_count(n: str) -> None:
    """Near miss: "at the crossing point three soldiers were killed" counts three."""
    text = f"Kyiv said that at the crossing point {n} Ukrainian soldiers were killed."
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert found == {("UKR", "killed", Count.exact(UNITS.index(n) + 1))}, text
