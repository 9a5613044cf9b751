"""A register of the named dead that "stands at" a figure claims it.

"The independent count of Russian dead, which only lists soldiers identified by name,
now stands at over 70,000": a register that stands or stood at a figure has reached it,
as one that has grown to it has. A list of the held that stands at a figure is no toll.
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
HEDGES = {"": Count.exact, "over ": Count.more_than, "more than ": Count.more_than}


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    verb=st.sampled_from(("now stands at", "stands at", "stood at")),
    hedge=st.sampled_from(sorted(HEDGES)),
    n=st.integers(min_value=1_000, max_value=400_000),
    keeper=st.sampled_from(("a volunteer group", "a news site", "researchers")),
)
def test_news_a_register_of_the_named_dead_that_stands_at_a_figure_claims_it(
    side: str, verb: str, hedge: str, n: int, keeper: str
) -> None:
    text = (
        f"The independent count of {SIDES[side]} dead kept by {keeper}, which only lists "
        f"soldiers identified by name, {verb} {hedge}{n:,}."
    )
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert found == {(side, "killed", HEDGES[hedge](n))}, text


def test_news_a_list_of_the_held_that_stands_at_a_figure_is_no_toll() -> None:
    """Near miss: a list of names of people held is no register of the dead."""
    text = "The prisoner list, which names every Ukrainian held, now stands at 3,000."
    assert claims(text) == []


def test_news_a_figure_that_stands_at_a_rate_is_no_register() -> None:
    """Near miss: a price that stands at a figure is no count of anyone."""
    text = "The price of bread, which rose again in the war, now stands at 40 hryvnias."
    assert claims(text) == []
