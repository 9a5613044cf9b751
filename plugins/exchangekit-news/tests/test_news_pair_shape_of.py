"""A swap told done and shaped "on the basis of N for N": the pair sizes the swap.

"The sides swapped captives on the principle of 80 for 80" gives the shape the past
verb of swapping took, as "in the 80 for 80 format" does. With no swap done ("agreed to
exchange ... on the basis of", "will exchange") the pair stays a plan and is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=600),
    st.sampled_from(["exchanged", "swapped", "traded"]),
    st.sampled_from(["on the basis of", "on the principle of", "under the formula of"]),
    st.booleans(),
)
def test_news_pair_after_a_shape_of_a_done_swap_sizes_it(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    count: int,
    verb: str,
    shape: str,
    quoted: bool,
) -> None:
    pair = f"{count} for {count}"
    pair = f'"{pair}"' if quoted else pair
    found = legs(f"On 3 March, Kyiv and Moscow {verb} prisoners of war {shape} {pair}.")
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == str(count)
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == str(count)


def test_news_pair_shape_of_in_a_harder_form(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: an adverb first, a quoted pair and a mediator after it
    found = legs(
        "Earlier, on 9 March, the two countries swapped captured servicemen on the basis"
        ' of "64 for 64", once more with Turkey as go-between.'
    )
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == "64"
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "64"


@given(st.sampled_from(["agreed to exchange", "will exchange", "want to exchange"]))
@settings(max_examples=5, deadline=None)
def test_news_pair_shape_of_a_planned_swap_is_not_read(
    legs: Callable[..., dict[tuple[str, str, str], Any]], verb: str
) -> None:
    # near miss: the shape of a swap not yet done sizes a plan
    assert not legs(f"Kyiv and Moscow {verb} prisoners on the basis of 150 for 150.")
