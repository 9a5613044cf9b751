"""A running total named as "the total for <people> <moved>", as well as "the total of".

"The ombudsman gave no fresh total for the soldiers brought home, which her office put
at 3,900 last month": "for" joins the people to the total just as "of" does, so the
figure the relative clause gives is the same running total. A total "for" a year or a
place names no people moved and stays unread.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally

_OPENING = "KYIV, May 9 - Russia and Ukraine traded 120 prisoners each on Thursday. "


def _read(text: str) -> tuple[set[tuple[str, str, int]], set[int]]:
    """Running totals (sender, receiver, count) and every exchanged count read in ``text``."""
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 5, 9), publisher="Desk"
        )
    )
    tallies = {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for t in items
        if isinstance(t, ExchangeTally) and t.sender is not None and t.receiver is not None
    }
    moved = {leg.count.best or 0 for e in items if isinstance(e, Exchange) for leg in e.transfers}
    return tallies, moved


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=1_500, max_value=9_000),
    verb=st.sampled_from(["freed", "brought home", "returned", "released"]),
    people=st.sampled_from(["Ukrainians", "the Ukrainian soldiers", "Ukrainian captives"]),
)
def test_a_total_for_people_moved_put_at_in_a_relative_is_a_tally(
    n: int, verb: str, people: str
) -> None:
    """Whatever the people and the verb, the relative clause's figure is the running total."""
    text = (
        f"{_OPENING}The ombudsman offered no new total for {people} {verb}, which her office "
        f"had put at {n:,} in April."
    )
    tallies, moved = _read(text)
    assert ("RUS", "UKR", n) in tallies
    assert n not in moved  # never one exchange's size


def test_a_total_for_people_set_off_by_asides_is_a_tally() -> None:
    """A harder paraphrase: asides between the relative's verb and its figure."""
    text = (
        f"{_OPENING}Kyiv did not publish a fresh total for the Ukrainians released, which "
        'its negotiators last put, in a briefing in April, at "about 4,250".'
    )
    tallies, moved = _read(text)
    assert ("RUS", "UKR", 4_250) in tallies
    assert 4_250 not in moved


def test_a_total_for_a_year_is_no_tally() -> None:
    """Near miss: a total "for" a year names no people moved, so nothing is read from it."""
    tallies, moved = _read(f"{_OPENING}The total for 2024 was 1,358, the ombudsman said.")
    assert tallies == set()
    assert 1_358 not in moved
