"""A figure no one was found to tell is no one's claim.

"We found no source supporting a figure of 400,000 soldiers killed", "Reporters have
seen no document that puts the dead at 300,000": the object "no ..." of a verb of
looking says nothing was found, so no one of record claims the figure. "found no fewer
than 500" is a count.
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


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    looker=st.sampled_from(("We found", "We have found", "Reporters have seen", "We could find")),
    thing=st.sampled_from(
        (
            "official or independent source supporting a figure of",
            "evidence that",
            "document backing the claim that",
        )
    ),
    n=st.integers(min_value=10_000, max_value=900_000),
)
def test_news_a_figure_nothing_was_found_to_support_is_no_claim(
    side: str, looker: str, thing: str, n: int
) -> None:
    tail = "soldiers were killed" if thing.endswith("that") else "soldiers killed"
    text = f"{looker} no {thing} {n:,} {SIDES[side]} {tail}."
    assert claims(text) == [], text


@settings(max_examples=30, deadline=None)
@given(side=st.sampled_from(sorted(SIDES)), n=st.integers(min_value=20, max_value=900))
def test_news_found_no_fewer_than_is_a_count(side: str, n: int) -> None:
    """Near miss: "found no fewer than 500 killed" tells the 500."""
    text = f"Investigators found no fewer than {n:,} {SIDES[side]} soldiers killed in the town."
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert found == {(side, "killed", Count.at_least(n))}, text
