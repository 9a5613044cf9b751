"""People of no side who "came home" after the teller's side told only of giving.

"Moscow says it has handed back 3,000 prisoners, but so far just 2,700 have come
home": the clause before has the teller's side give people up, so those coming
home after it may be those very people (home to the other side) or the teller's
own in return. The words do not say which, so the teller's side is no longer taken
as their home and nothing is read for them. After a swap told both ways ("ten for
ten, and 19 sailors had also come home") the teller's side stays their home.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally


def counts(text: str) -> dict[int, set[str]]:
    """The receivers of every transfer and tally read in ``text``, by count."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    found: dict[int, set[str]] = {}
    for item in items:
        if isinstance(item, Exchange):
            for t in item.transfers:
                found.setdefault(t.count.best or 0, set()).add(t.receiver.code)
        elif isinstance(item, ExchangeTally):
            found.setdefault(item.count.best or 0, set()).add(item.receiver.code)
    return found


@pytest.mark.parametrize(
    ("text", "given", "home"),
    [
        (
            "Moscow says it has handed back 3,000 prisoners, but so far just 2,700 have come home.",
            3000,
            2700,
        ),
        (
            "Kyiv says it has released 500 Russian soldiers, but only 450 have come home so far.",
            500,
            450,
        ),
        (
            "Russia says it has freed 1,400 Ukrainians, but just 1,310 have returned home.",
            1400,
            1310,
        ),
    ],
)
def test_no_home_is_guessed_after_the_teller_gave(text: str, given: int, home: int) -> None:
    """The given people are read; the ones "come home" get no side's home."""
    found = counts(text)
    assert given in found
    assert home not in found


def test_after_a_swap_told_both_ways_the_teller_is_home() -> None:
    """Near miss: the clause before moved people both ways; the sailors came home to Kyiv."""
    text = (
        "Kyiv said on March 24 that ten Ukrainian soldiers had been traded for ten "
        "Russians, and that 19 civilian sailors had also been freed."
    )
    assert counts(text).get(19) == {"UKR"}


@settings(max_examples=15, deadline=None)
@given(
    given=st.integers(min_value=200, max_value=6000), short=st.integers(min_value=1, max_value=150)
)
def test_any_shortfall_is_left_unread(given: int, short: int) -> None:
    """Whatever the counts, the homecomers after the teller's handover get no home."""
    home = given - short
    text = f"Moscow says it has handed back {given:,} prisoners, but just {home:,} have come home."
    assert home not in counts(text)
