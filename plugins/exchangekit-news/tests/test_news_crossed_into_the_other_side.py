"""People of one side who "cross into" the other side's land: an incursion, no handover.

"crossed the border into Ukraine" brings Ukrainians home, but soldiers of one side
crossing into the other's country or region invade it; no one is handed over.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def moves(text: str) -> set[tuple[str, str, int]]:
    """(sender, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100),
    people=st.sampled_from(
        [("Ukrainian", "Russia"), ("Russian", "Ukraine"), ("Ukrainian", "Russia's Kursk region")]
    ),
    path=st.sampled_from(["crossed the border into", "crossed into"]),
)
def test_soldiers_crossing_into_the_other_side_move_no_one(
    n: int, people: tuple[str, str], path: str
) -> None:
    """Whatever the count and the land, an incursion is no transfer."""
    nationality, land = people
    text = f"About {n:,} {nationality} soldiers {path} {land} in August, officials said."
    assert moves(text) == set()


def test_soldiers_crossing_into_the_other_side_after_a_swap() -> None:
    """An exchange told in the sentence does not make the incursion a handover."""
    text = "After the swap, some 300 Russian soldiers crossed the border into Ukraine."
    assert moves(text) == set()


def test_prisoners_crossing_into_their_own_side_come_home() -> None:
    """Near miss: people crossing into their own side's land come home."""
    text = "After the swap on Monday, 84 Ukrainian prisoners crossed into Ukraine from Belarus."
    assert ("RUS", "UKR", 84) in moves(text)


def test_soldiers_crossing_home_across_the_border() -> None:
    """Near miss: the border crossed into their own country."""
    text = "On Monday 95 Russian soldiers crossed the border into Russia after the swap."
    assert ("UKR", "RUS", 95) in moves(text)


def test_an_incursion_told_before_a_swap_leaves_the_swap() -> None:
    """Near miss: the crossing dates the swap; the people after it were exchanged."""
    text = (
        "On Sept. 14, a month after Ukrainian troops crossed into Russia's Belgorod region, "
        "103 Ukrainian defenders were exchanged for 103 Russian servicemen."
    )
    assert ("RUS", "UKR", 103) in moves(text)
