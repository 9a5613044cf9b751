"""A register of the named dead described in the sentence before, whose list stood at N.

"A news site counts only Ukrainian soldiers it can identify by name. By May their list
stood at 40,000": the sentence before says what the register counts (the dead, by name),
so the bare figure the list stood at or passed is a toll of that side's dead. A register
of the held, or one the article never describes, gives no toll.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count


def claims(text: str) -> list[CasualtyClaim]:
    """The casualty claims the parser reads in ``text``, published 3 March 2025."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 3, 3), publisher="Desk"
    )
    return [item for item in items if isinstance(item, CasualtyClaim)]


SIDES = {"RUS": "Russian", "UKR": "Ukrainian"}
DESCRIPTIONS = (
    "A news site counts only {side} deaths it can confirm by name.",
    "A volunteer group, which identifies {side} soldiers by name from funeral notices, "
    "is often quoted.",
    "Researchers keep a list of {side} servicemen whose deaths are confirmed by name.",
)
LEVELS = {
    "their list stood at {n}": Count.exact,
    "the list stood at {n}": Count.exact,
    "its total passed {n}": Count.more_than,
}


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    description=st.sampled_from(DESCRIPTIONS),
    level=st.sampled_from(sorted(LEVELS)),
    n=st.integers(min_value=1_000, max_value=400_000),
)
def test_news_a_register_of_named_dead_described_before_claims_its_level(
    side: str, description: str, level: str, n: int
) -> None:
    text = f"{description.format(side=SIDES[side])} By May {level.format(n=f'{n:,}')}."
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert found == {(side, "killed", LEVELS[level](n))}, text


def test_news_a_register_of_the_held_described_before_is_no_toll() -> None:
    """Near miss: a list of prisoners by name counts the held, not the dead."""
    text = "A charity keeps the names of Ukrainian prisoners. By May their list stood at 2,000."
    assert claims(text) == []


def test_news_a_list_never_described_is_no_toll() -> None:
    """Near miss: a list whose sentence before says nothing of whom it names is no toll."""
    text = "The talks in Istanbul ended on Friday. By May their list stood at 2,000."
    assert claims(text) == []
