"""A bare "N more" after a sentence whose first group of people went unread.

"N more came home" carries on the homecoming the latest exchange led with. When that
sentence's first group of people gave no transfer and only a later one did ("64 women
were released, while Moscow got back 90 marines"), the first transfer read is not what
the sentence led with, so the "more" are refused rather than sent the later group's way.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange


def moves(text: str) -> set[tuple[str, str, Count | None]]:
    """(sender, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


def counts(text: str) -> set[int]:
    """The best counts of every transfer read in ``text``."""
    return {c.best for _, _, c in moves(text) if c is not None and c.best is not None}


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=2, max_value=1500),
    later=st.integers(min_value=2, max_value=1500),
    more=st.integers(min_value=2, max_value=1500),
    verb=st.sampled_from(["came home", "returned", "were brought back"]),
    group=st.sampled_from(["women", "civilians", "captives"]),
)
def test_more_is_refused_when_the_lead_went_unread(
    first: int, later: int, more: int, verb: str, group: str
) -> None:
    """Whatever the counts, the "more" never go the way of the later group."""
    assume(later not in (first, more))
    text = (
        f"In early June, {first:,} {group} were released, while Moscow got back {later:,} "
        f"marines. On 11 June, {more:,} more {verb}."
    )
    found = moves(text)
    assert not any(
        c is not None and c == Count.parse(f"{more:,}") and receiver == "RUS"
        for _, receiver, c in found
    )


def test_women_freed_while_the_other_side_took_back_sailors() -> None:
    """The first group has a noun of no side; the second is the other side's own."""
    text = (
        "On 4 May, 108 women were freed, while Russia took back 80 sailors. "
        "On 19 May, 52 more came home."
    )
    assert 52 not in counts(text)


def test_more_after_an_unread_lead_told_by_a_clause_of_its_own() -> None:
    """The later group in a clause after a semicolon is still not the lead."""
    text = (
        "Last week 64 women were set free; Russia in turn got back 90 of its troops. "
        "On Sunday, 25 more came home."
    )
    assert 25 not in counts(text)


def test_more_after_a_lead_that_was_read_carries_on() -> None:
    """Near miss: the first group was read, so "more" goes its way as before."""
    text = (
        "On October 12, 40 Ukrainian soldiers came home in a swap, while Russia took "
        "back 30. On October 29, 52 more came home."
    )
    assert ("RUS", "UKR", Count.parse("52")) in moves(text)
