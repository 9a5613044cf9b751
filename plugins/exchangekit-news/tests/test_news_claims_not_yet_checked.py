"""A figure the teller says is not yet checked or counted is no one's claim yet.

"tens of thousands of missing are not yet included", "40 bodies were reported to the
mission; it is still verifying these reports": the teller leaves those people out of its
count until it has checked them, so the figure is not printed as a count. A figure told
beside another that is not yet included keeps its own claim.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count

from .conftest import read


def claims(text: str) -> list[CasualtyClaim]:
    """The casualty claims the parser reads in ``text``, published 3 March 2025."""
    return read(text, source="a.txt", published=date(2025, 3, 3), publisher="Desk").claims


SIDES = {"RUS": "Russian", "UKR": "Ukrainian"}
NOT_YET = ("are not yet included", "have not yet been verified", "are yet to be confirmed")


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    named=st.integers(min_value=10_000, max_value=200_000),
    missing=st.integers(min_value=2_000, max_value=9_000),
    not_yet=st.sampled_from(NOT_YET),
)
def test_news_people_not_yet_included_are_no_count_beside_the_one_told(
    side: str, named: int, missing: int, not_yet: str
) -> None:
    text = (
        f"A volunteer project says it has verified {named:,} names of fallen {SIDES[side]} "
        f"soldiers, and that {missing:,} missing {not_yet}."
    )
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert (side, "killed", Count.exact(named)) in found, text
    assert all(c.count != Count.exact(missing) for c in claims(text)), text


@settings(max_examples=30, deadline=None)
@given(
    n=st.integers(min_value=12, max_value=900),
    checking=st.sampled_from(("still verifying", "still checking")),
    noun=st.sampled_from(("reports", "figures", "cases")),
)
def test_news_bodies_reported_and_still_being_verified_are_no_toll(
    n: int, checking: str, noun: str
) -> None:
    text = (
        f"{n:,} bodies of Ukrainian civilians killed in the shelling were reported to the "
        f"UN mission by local officials in May; the mission is {checking} these {noun}, "
        "which it has left out of its totals."
    )
    assert all(c.count != Count.exact(n) for c in claims(text)), text


def test_news_a_claim_beside_other_figures_not_yet_included_stands() -> None:
    """Near miss: "figures from the south are not yet included" does not take up the 500."""
    text = (
        "Kyiv said 500 Ukrainian soldiers were killed; figures from the south are not yet included."
    )
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert found == {("UKR", "killed", Count.exact(500))}
