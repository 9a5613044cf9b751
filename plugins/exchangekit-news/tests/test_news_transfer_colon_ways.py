"""A handover told way by way in a verbless list after a colon: ": 900 to Ukraine, 30 to Russia".

The list's first number follows the colon, the next follows "," or "and", each goes
"to" a side and the sides differ: each number is the handover's way to that side, its
kind that of the handover told before the colon. A plan or offer before the colon, or
a list with no handover before it, is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_SIDES = {"Ukraine": "UKR", "Russia": "RUS", "Kyiv": "UKR", "Moscow": "RUS"}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=50, max_value=1200),
    st.integers(min_value=2, max_value=49),
    st.sampled_from([("Ukraine", "Russia"), ("Russia", "Ukraine"), ("Kyiv", "Moscow")]),
    st.sampled_from([", ", " and ", ", and "]),
)
def test_news_each_way_of_a_colon_list_goes_to_its_side(
    legs: Callable[..., Any], many: int, few: int, sides: tuple[str, str], joint: str
) -> None:
    one, other = sides
    found = legs(f"On 4 March bodies were handed over: {many} to {one}{joint}{few} to {other}.")
    to_one, to_other = _SIDES[one], _SIDES[other]
    assert {key: count.best for key, count in found.items()} == {
        (to_other, to_one, "remains"): many,
        (to_one, to_other, "remains"): few,
    }


def test_news_a_colon_list_after_a_handover_told_by_a_noun(legs: Callable[..., Any]) -> None:
    # the harder form: no verb at all, the handover named by a noun before the colon
    found = legs(
        "Bodies came home again on Tuesday. The handover before it, on 2 March, "
        "looked much the same: 650 to Ukraine, 18 to Russia."
    )
    assert found[("RUS", "UKR", "remains")].best == 650
    assert found[("UKR", "RUS", "remains")].best == 18


def test_news_a_colon_list_of_a_plan_or_of_no_handover_stays_unread(
    legs: Callable[..., Any],
) -> None:
    assert legs("Kyiv offered a new handover of bodies: 500 to Ukraine, 50 to Russia.") == {}
    assert legs("The next handover of bodies will be similar: 800 to Ukraine, 20 to Russia.") == {}
    # a tally of something else, no handover told before the colon
    assert legs("The medal table on 2 March: 12 to Ukraine, 9 to Russia.") == {}
    # both numbers going to one side are no pair of ways
    found = legs("On 4 March bodies were handed over: 500 to Ukraine, 20 to Ukraine.")
    assert ("UKR", "RUS", "remains") not in found
