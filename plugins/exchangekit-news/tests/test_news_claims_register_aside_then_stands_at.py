"""A register opening the sentence stands at a figure past a long aside set off by commas.

"The independent count kept by a news site, which only lists Russian soldiers identified by
name, now stands at over 70,000": however long the aside, the count that opens the
sentence is the subject of "stands at", and a register of fighters by name counts the dead.
A list of the held standing at a figure past its aside is no toll.
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
HEDGES = {"": Count.exact, "over ": Count.more_than, "more than ": Count.more_than}


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    opening=st.sampled_from(("The independent count", "The list", "Their register")),
    keeper=st.sampled_from(("a news site and a radio service", "a team of volunteers")),
    now=st.sampled_from(("now ", "")),
    hedge=st.sampled_from(sorted(HEDGES)),
    n=st.integers(min_value=1_000, max_value=400_000),
)
def test_news_a_register_past_a_long_aside_that_stands_at_a_figure_claims_it(
    side: str, opening: str, keeper: str, now: str, hedge: str, n: int
) -> None:
    text = (
        f"{opening} kept by {keeper}, which only lists {SIDES[side]} soldiers identified "
        f"by name from funeral notices, {now}stands at {hedge}{n:,}."
    )
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert found == {(side, "killed", HEDGES[hedge](n))}, text


def test_news_a_list_of_the_held_past_a_long_aside_is_no_toll() -> None:
    """Near miss: a list of the held standing at a figure counts no dead."""
    text = (
        "The list kept by the ombudsman, which names every Ukrainian held in Russian "
        "jails since the spring, now stands at 3,000."
    )
    assert claims(text) == []
