"""A swap's size given without a verb of its own: all a verb of saying reports.

"Officials on both sides are saying 130 for 130." gives the size of the swap the story
tells. Spelled out, as transcripts write figures, the pair reads the same: a window
shown to the figure grammar must not cut the first number ("one hundred and thirty
for ...") into its tail.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def transfers(text: str) -> set[tuple[str, str, int]]:
    """(sender, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 6, 14), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


def both_ways(count: int) -> set[tuple[str, str, int]]:
    return {("RUS", "UKR", count), ("UKR", "RUS", count)}


def test_a_pair_that_a_source_says_sizes_the_swap_told() -> None:
    text = (
        "Ukraine and Russia carried out a prisoner exchange on Saturday. "
        "Officials on both sides are saying 130 for 130."
    )
    assert both_ways(130) <= transfers(text)


def test_a_pair_said_of_a_plan_is_not_read() -> None:
    text = "Talks resumed in Istanbul on Saturday. Kyiv says 500 for 500 could follow."
    assert transfers(text) == set()


def test_a_pair_only_proposed_is_not_read() -> None:
    text = "Talks resumed in Istanbul on Saturday. Kyiv proposed 500 for 500."
    assert transfers(text) == set()


@settings(max_examples=20, deadline=None)
@given(
    hundreds=st.integers(min_value=1, max_value=9),
    tens=st.integers(min_value=0, max_value=7),
    unit=st.integers(min_value=0, max_value=8),
)
def test_a_spelled_pair_said_is_read_whole(hundreds: int, tens: int, unit: int) -> None:
    """Whatever the spelled number, both halves of the pair read as the whole number."""
    words = f"{_UNITS[hundreds - 1]} hundred and {_TENS[tens]}-{_UNITS[unit]}"
    value = hundreds * 100 + (tens + 2) * 10 + unit + 1
    text = (
        "PRESENTER: Ukraine and Russia exchanged prisoners of war this afternoon.\n\n"
        f"REPORTER: Both sides are saying {words} for {words}."
    )
    found = transfers(text)
    assert both_ways(value) <= found
    assert all(count == value for _, _, count in found)
