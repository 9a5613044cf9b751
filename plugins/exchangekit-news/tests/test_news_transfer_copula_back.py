"""People told as "back" after a copula: "277 soldiers were back on Ukrainian soil".

"Were back" says the people came back to their own side, as "came back" does: with
no side named as receiver, the home of the side that tells it receives them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_TELLERS = {"Zelensky wrote that": "UKR", "Russia's defence ministry said": "RUS"}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(sorted(_TELLERS)),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
    st.sampled_from(["were back", "are back", "were back home", "were back on home soil"]),
)
def test_news_people_back_after_a_copula_came_home_to_the_teller(
    receipts: Callable[..., Any], teller: str, amount: int, noun: str, back: str
) -> None:
    transfers, _ = receipts(f"{teller} {amount} {noun} {back}.")
    assert transfers == {(_TELLERS[teller], "prisoners_of_war", str(amount))}


def test_news_back_after_a_copula_with_no_side_telling_stays_unread(
    receipts: Callable[..., Any],
) -> None:
    transfers, _ = receipts("The ministry said 90 servicemen were back.")
    assert transfers == set()
    # "back" of no moving: a figure that is back to a level is no people moved
    transfers, _ = receipts("Zelensky said shelling was back at 300 attacks a day.")
    assert transfers == set()
