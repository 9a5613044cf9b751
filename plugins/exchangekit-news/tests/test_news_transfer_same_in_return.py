"""The other way of a swap told as "the same in return" after the counted way.

"Kyiv said it had taken back 150 soldiers and 12 civilians and had given the same in
return": each leg the sentence counted one way goes the other way as well, with its
own kind and count, told by the same source.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=600),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(["had given", "gave", "handed over", "had sent"]),
)
def test_news_the_same_in_return_mirrors_every_leg(
    legs: Callable[..., Any], soldiers: int, civilians: int, verb: str
) -> None:
    found = legs(
        f"On 3 March Moscow said it had received {soldiers} servicemen and {civilians}"
        f" civilians and {verb} the same in return."
    )
    assert {key: count.best for key, count in found.items()} == {
        ("UKR", "RUS", "prisoners_of_war"): soldiers,
        ("UKR", "RUS", "civilians"): civilians,
        ("RUS", "UKR", "prisoners_of_war"): soldiers,
        ("RUS", "UKR", "civilians"): civilians,
    }


def test_news_the_same_in_return_after_handing_over(legs: Callable[..., Any]) -> None:
    # the harder form: the counted way is handed over, "the same" is received back
    found = legs("Ukraine says it released 64 prisoners on Sunday and got the same in return.")
    assert {key: count.best for key, count in found.items()} == {
        ("UKR", "RUS", "prisoners_of_war"): 64,
        ("RUS", "UKR", "prisoners_of_war"): 64,
    }


def test_news_the_same_in_return_planned_or_hoped_stays_unread(legs: Callable[..., Any]) -> None:
    # a plan: neither way is done
    assert legs("Kyiv said it would hand over 90 soldiers and get the same in return.") == {}
    # a wish for the other side: only the way done is read
    found = legs(
        "Kyiv handed over 90 soldiers on Friday and hoped Moscow would do the same in return."
    )
    assert set(found) == {("UKR", "RUS", "prisoners_of_war")}
    # "the same" with no "in return" repeats nothing the other way
    found = legs("Kyiv handed over 90 soldiers on Friday and said the same about the week before.")
    assert set(found) == {("UKR", "RUS", "prisoners_of_war")}
