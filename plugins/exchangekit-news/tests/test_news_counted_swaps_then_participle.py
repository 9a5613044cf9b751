"""A number of swaps held, then a participle of freeing: "held 30 swaps, freeing 640".

"Kyiv has held 30 prisoner swaps since March, freeing 640 people": the participle after
the comma has the clause's subject, so the people it frees are what those swaps freed
together, a running total and never one exchange on the day of publication.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeTally


def read(text: str) -> tuple[set[Count | None], set[Count | None]]:
    """The counts of the exchanges' transfers and of the tallies read in ``text``."""
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
        )
    )
    moved = {t.count for item in items if isinstance(item, Exchange) for t in item.transfers}
    totals = {item.count for item in items if isinstance(item, ExchangeTally)}
    return moved, totals


@settings(max_examples=20, deadline=None)
@given(
    swaps=st.integers(min_value=2, max_value=90),
    people=st.integers(min_value=100, max_value=9000),
    noun=st.sampled_from(["prisoner swaps", "swaps", "prisoner exchanges", "exchanges"]),
    verb=st.sampled_from(["freeing", "bringing home", "securing the release of"]),
)
def test_people_freed_by_counted_swaps_are_no_one_exchange(
    swaps: int, people: int, noun: str, verb: str
) -> None:
    """Whatever the counts and words, the people are never one exchange's."""
    text = f"Kyiv has held {swaps} {noun} since March, {verb} {people:,} people."
    moved, _ = read(text)
    assert Count.parse(f"{people:,}") not in moved


def test_a_counted_swaps_total_is_a_tally() -> None:
    """The people freed by the swaps counted are the side's running total."""
    moved, totals = read("Since March, Kyiv has held 30 prisoner swaps, freeing 640 people.")
    assert Count.parse("640") in totals
    assert Count.parse("640") not in moved


def test_counted_swaps_in_the_past_tense() -> None:
    """A simple past with a span: the sum of the swaps all the same."""
    moved, totals = read("Last year Ukraine held 11 prisoner swaps, freeing 1,350 of its people.")
    assert Count.parse("1,350") not in moved
    assert Count.parse("1,350") in totals


def test_one_swap_then_a_participle_stays_one_exchange() -> None:
    """Near miss: a single swap's participle still sizes that swap."""
    moved, totals = read(
        "Ukraine held a prisoner swap with Russia on Monday, bringing home 64 soldiers."
    )
    assert Count.parse("64") in moved
    assert Count.parse("64") not in totals
