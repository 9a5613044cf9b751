"""A side that "freed" people and is then said to receive: the freed were handed over.

"Ukraine says it has freed 116 people" is read as its own people brought home; but
when the same side then receives ("Moscow said it had freed 40 - as many as it got
back"), what it freed went out of its hands, so it is the sender.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

NAMES = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}


def other(code: str) -> str:
    """The other belligerent."""
    return "RUS" if code == "UKR" else "UKR"


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(sorted(NAMES)),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["as many as it got back", "the same number it received"]),
)
def test_news_a_side_that_freed_people_and_received_as_many_sent_them(
    legs: Callable[..., Any], name: str, amount: int, tail: str
) -> None:
    code = NAMES[name]
    text = f"{name} said it had freed {amount:,} on Friday - {tail}."
    found = legs(text)
    assert (other(code), code, "other") not in found
    assert found.get((code, other(code), "other")) == Count.exact(amount)


def test_news_freed_then_got_back_in_a_second_clause_gives_both_ways(
    legs: Callable[..., Any],
) -> None:
    assert legs("Moscow said it had freed 75 people and got back 75 in return.") == {
        ("RUS", "UKR", "other"): Count.exact(75),
        ("UKR", "RUS", "other"): Count.exact(75),
    }


def test_news_a_side_freed_with_the_other_side_receiving_keeps_its_own_reading(
    legs: Callable[..., Any],
) -> None:
    # near miss: the one who receives is the other side, so "it freed" stays its own
    text = "Kyiv said it had freed 90 people, and Russia received 80."
    assert legs(text) == {
        ("RUS", "UKR", "other"): Count.exact(90),
        ("UKR", "RUS", "other"): Count.exact(80),
    }
