"""A done swap that "went ahead as agreed": the plan word only says it kept to the deal.

"The latest swap took place as planned: 90 for 90" tells a swap done; "as agreed",
"as planned" or "as scheduled" after "as" names no plan of its own, so the pair after
the colon sizes the swap. A modal still makes a plan ("will go ahead as agreed").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=600),
    st.sampled_from(["went ahead", "took place", "was carried out"]),
    st.sampled_from(["agreed", "planned", "scheduled"]),
)
def test_news_swap_done_as_agreed_keeps_its_pair(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    count: int,
    verb: str,
    kept: str,
) -> None:
    found = legs(f"The latest prisoner exchange {verb} as {kept}: {count} for {count}.")
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == str(count)
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == str(count)


def test_news_swap_done_as_agreed_in_a_harder_form(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: an aside of the day before the verb, a mediator after the pair
    found = legs(
        "Last week's prisoner exchange, on Monday, took place as planned: 90 for 90,"
        " with Qatar acting as go-between."
    )
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == "90"
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "90"


@given(st.sampled_from(["will go ahead", "is due to take place", "should take place"]))
@settings(max_examples=5, deadline=None)
def test_news_swap_still_to_come_as_agreed_stays_a_plan(
    legs: Callable[..., dict[tuple[str, str, str], Any]], verb: str
) -> None:
    # near miss: "as agreed" does not make a swap still to come one done
    assert not legs(f"The next prisoner exchange {verb} as agreed: 175 for 175.")
