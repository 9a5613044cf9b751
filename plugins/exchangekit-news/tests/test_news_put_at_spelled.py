"""A running total "put at" a number spelled out in words, as transcripts write them.

"The headquarters put the total freed since 2022 at three thousand, two hundred and
six." reads as "... at 3,206.": the spelled number ends the clause after its last word,
not after its first, and a comma between its scale words does not split it.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ExchangeTally

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_OPENING = "KYIV, April 12 - Ukraine and Russia swapped 180 prisoners each on Saturday. "


def tallies(text: str) -> set[tuple[str, str, int]]:
    """(sender, receiver, count) of every running total read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 4, 12), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for t in items
        if isinstance(t, ExchangeTally) and t.sender is not None and t.receiver is not None
    }


@settings(max_examples=20, deadline=None)
@given(
    thousands=st.integers(min_value=2, max_value=9),
    hundreds=st.integers(min_value=1, max_value=9),
    tens=st.integers(min_value=0, max_value=7),
    unit=st.integers(min_value=0, max_value=8),
    comma=st.booleans(),
)
def test_a_spelled_total_put_at_is_read(
    thousands: int, hundreds: int, tens: int, unit: int, comma: bool
) -> None:
    """Whatever the spelled number, with or without a comma after "thousand", it is read."""
    words = (
        f"{_UNITS[thousands - 1]} thousand{',' if comma else ''} {_UNITS[hundreds - 1]} "
        f"hundred and {_TENS[tens]}-{_UNITS[unit]}"
    )
    value = thousands * 1000 + hundreds * 100 + (tens + 2) * 10 + unit + 1
    text = (
        f"{_OPENING}Ukraine's Coordination Headquarters later put the total freed since "
        f"2022 at {words}."
    )
    assert ("RUS", "UKR", value) in tallies(text)


def test_a_spelled_total_in_a_note_after_a_transcript() -> None:
    """Harder: the number words stand in a note, with a sentence after them."""
    text = (
        f"{_OPENING}EDITOR'S NOTE: Kyiv's prisoner-of-war headquarters afterwards put the "
        "number of Ukrainians freed since 2022 at three thousand, nine hundred and twelve. "
        "Check before broadcast."
    )
    assert ("RUS", "UKR", 3912) in tallies(text)


def test_a_spelled_number_with_words_after_it_is_no_total() -> None:
    """Near miss: the spelled number is a sum of money, not a count ending the clause."""
    text = (
        f"{_OPENING}Ukraine's Coordination Headquarters put the cost of the programme since "
        "2022 at four thousand, five hundred hryvnias a family."
    )
    assert not any(count == 4500 for _, _, count in tallies(text))
