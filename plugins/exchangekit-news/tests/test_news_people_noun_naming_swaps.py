"""A people noun right before a plural of swaps names the swaps: "14 prisoner exchanges".

"We counted 14 prisoner exchanges between 1 January and 30 October": "prisoner" says
what kind of exchanges were counted, so 14 counts swaps, never 14 prisoners handed over
(nor a running total of them). People counted "in a prisoner exchange" are still read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]
News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "We counted 14 prisoner exchanges between 1 January and 30 October, based on statements"
        " by Ukraine's coordination headquarters.",
        "The desk counted eleven prisoner swaps between March 1 and October 31, based on reports"
        " from Kyiv.",
        "We counted 14 POW exchanges between 1 January and 30 October, based on statements by"
        " Russia's defence ministry.",
    ],
)
def test_swaps_counted_are_no_people(news: News, text: str) -> None:
    """No handover and no running total of people is read from a count of swaps."""
    read = news(text)
    assert not read.tallies
    assert not read.exchanges


def test_people_in_a_prisoner_exchange_still_read(recap: Recap) -> None:
    """ "120 prisoners in a prisoner exchange": the people before the compound are counted."""
    legs = recap("Russia returned 120 prisoners in a prisoner exchange on 3 May.")
    assert legs == {("2025-05-03", "RUS", "UKR", "prisoners_of_war", "120")}


@given(n=st.integers(min_value=2, max_value=99))
@settings(max_examples=10, deadline=None)
def test_any_number_of_swaps(news: News, n: int) -> None:
    """Whatever the number of swaps, it is no count of people."""
    read = news(
        f"We counted {n:,} prisoner exchanges between 1 January and 30 October, based on"
        " statements by Ukraine's coordination headquarters."
    )
    assert not read.tallies
