"""A running total after a handover of several kinds of people counts people of no one kind.

"On Friday 140 Ukrainian soldiers and 15 civilians came home, putting the total at
5,100": the total carries on the whole handover, soldiers and civilians alike, so it is
not a total of the last part's kind. A handover of one kind still gives the total that kind.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ExchangeTally


def totals(text: str) -> set[tuple[str, int]]:
    """(category, count) of every running total read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        (item.category.value, item.count.best or 0)
        for item in items
        if isinstance(item, ExchangeTally)
    }


@settings(max_examples=25, deadline=None)
@given(
    soldiers=st.integers(min_value=20, max_value=400),
    civilians=st.integers(min_value=2, max_value=60),
    total=st.integers(min_value=2_200, max_value=9_000),
    verb=st.sampled_from(["putting the total at", "bringing the total to"]),
)
def test_a_total_after_soldiers_and_civilians_is_of_no_one_kind(
    soldiers: int, civilians: int, total: int, verb: str
) -> None:
    """Whatever the counts, the total is not the civilians' nor the soldiers'."""
    text = (
        f"On Friday {soldiers} Ukrainian soldiers and {civilians} civilians came home from "
        f"Russia, {verb} {total:,}."
    )
    kinds = {kind for kind, count in totals(text) if count == total}
    assert kinds <= {"other"}


def test_civilians_listed_before_soldiers() -> None:
    """The parts in the other order: the total is not the soldiers'."""
    text = (
        "On Friday 12 Ukrainian civilians and 230 soldiers came home from Russia, bringing "
        "the total to 4,870."
    )
    assert ("prisoners_of_war", 4_870) not in totals(text)


def test_a_total_after_one_kind_keeps_it() -> None:
    """Near miss: a handover of one kind of people gives its total that kind."""
    text = "On Friday 175 Ukrainian soldiers came home from Russia, bringing the total to 4,300."
    assert ("prisoners_of_war", 4_300) in totals(text)
