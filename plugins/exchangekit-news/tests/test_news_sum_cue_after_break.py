"""A figure opened by a sum cue after ";" or ":" sums the handover just told.

"Moscow handed back 300 bodies on Monday; all told, the remains of 300 soldiers were
returned": "in total", "in all", "altogether" or "all told" opening the clause after a
break adds up the legs the clause before told, in the same past tense of that day. The
sum names no side of its own, so it is never read as a leg, whichever way the sides
named before would point it. Told in the present perfect ("; in all, 2,700 have come
home") it is a running total, read as before.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally

Move = tuple[str, str, str, int]


def read(text: str) -> tuple[set[Move], set[Move]]:
    """(sender, receiver, category, count) of the transfers and of the tallies read."""
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
        )
    )
    legs = {
        (t.sender.code, t.receiver.code, t.category.value, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    tallies = {
        (
            "" if item.sender is None else item.sender.code,
            item.receiver.code,
            item.category.value,
            item.count.best or 0,
        )
        for item in items
        if isinstance(item, ExchangeTally)
    }
    return legs, tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow handed back 300 bodies on Monday: in total, the remains of 420 "
            "soldiers were repatriated.",
            {("RUS", "UKR", "remains", 300)},
        ),
        (
            "Russia returned 45 bodies to Ukraine on Monday; all told, the remains of 45 "
            "servicemen came home.",
            {("RUS", "UKR", "remains", 45)},
        ),
        (
            "Kyiv received 95 prisoners and Moscow received 95 on Tuesday; altogether "
            "190 soldiers were freed.",
            {("RUS", "UKR", "prisoners_of_war", 95), ("UKR", "RUS", "prisoners_of_war", 95)},
        ),
        (
            "Ukraine received 62 soldiers and Russia received 62, officials said; in all, "
            "124 men were released.",
            {("RUS", "UKR", "prisoners_of_war", 62), ("UKR", "RUS", "prisoners_of_war", 62)},
        ),
    ],
)
def test_a_sum_after_a_break_is_no_leg(text: str, expected: set[Move]) -> None:
    """The legs are the clause before's; the cued sum adds none, either way."""
    legs, _ = read(text)
    assert legs == expected


def test_a_running_total_after_a_break_is_still_read() -> None:
    """Near miss: the present perfect after the cue counts many swaps, a tally."""
    text = "Kyiv brought home 300 soldiers on Monday; in all, 4,552 have come home."
    legs, tallies = read(text)
    assert legs == {("RUS", "UKR", "prisoners_of_war", 300)}
    assert ("RUS", "UKR", 4552) in {(s, r, n) for s, r, _, n in tallies}


def test_a_cued_clause_with_its_own_side_is_still_read() -> None:
    """Near miss: a clause after ";" naming a giver of its own tells a leg of its own."""
    text = "Ukraine received 62 soldiers on Friday; in all, Russia freed 62 Ukrainians."
    legs, _ = read(text)
    assert ("RUS", "UKR", "prisoners_of_war", 62) in legs


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1500),
    extra=st.integers(min_value=0, max_value=400),
    cue=st.sampled_from(["in total", "in all", "altogether", "all told"]),
    mark=st.sampled_from([";", ":"]),
)
def test_the_cued_sum_never_adds_a_leg(n: int, extra: int, cue: str, mark: str) -> None:
    """Whatever the counts, the one handover told is the only leg read."""
    text = (
        f"Russia handed over {n:,} bodies on Friday{mark} {cue}, the remains of "
        f"{n + extra:,} soldiers were repatriated."
    )
    legs, _ = read(text)
    assert legs == {("RUS", "UKR", "remains", n)}
