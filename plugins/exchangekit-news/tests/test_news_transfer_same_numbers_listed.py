"""Dated swaps told as "the numbers were the same: N to A, M and then M' to B".

"In May and again on 3 June the numbers were much the same: 500 to Kyiv, 12 and then
15 to Moscow": each item names its receiver, the other side sent it, and the kind is
the one of the exchanges told just before. A lone figure repeats at every date; a
side with one figure per date gives them in order. With no dates to pair, a list
that does not pair with them, or "the same as" something else, none is read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]

BEFORE = "In April Russia handed over 700 bodies and Ukraine returned 20. "


@settings(max_examples=25, deadline=None)
@given(
    big=st.integers(min_value=300, max_value=1500),
    first=st.integers(min_value=5, max_value=90),
    second=st.integers(min_value=5, max_value=90),
    adverb=st.sampled_from(["", "much ", "almost exactly ", "roughly "]),
    joiner=st.sampled_from(["and then", "and", ", then"]),
)
def test_each_date_takes_the_shared_figure_and_its_own_in_order(
    recap: Callable[[str], Legs], big: int, first: int, second: int, adverb: str, joiner: str
) -> None:
    """The lone figure goes to its receiver at both dates; the pair is shared out in order."""
    listed = f"{first} {joiner} {second}".replace(" ,", ",")
    text = (
        f"{BEFORE}In May and again on 3 June, the numbers were {adverb}the same: "
        f"{big:,} to Kyiv, {listed} to Moscow.\n"
    )
    legs = recap(text)
    assert ("2025-05", "RUS", "UKR", "remains", f"{big:,}") in legs
    assert ("2025-06-03", "RUS", "UKR", "remains", f"{big:,}") in legs
    assert ("2025-05", "UKR", "RUS", "remains", str(first)) in legs
    assert ("2025-06-03", "UKR", "RUS", "remains", str(second)) in legs


def test_a_harder_paraphrase_with_the_receivers_reversed(recap: Callable[[str], Legs]) -> None:
    """The small side listed first, on two days, the attribution after the list."""
    text = (
        f"{BEFORE}On 2 September and on 30 September the figures were the same: "
        "8 and then 11 to Russia, 650 to Ukraine, officials said.\n"
    )
    legs = recap(text)
    assert ("2025-09-02", "UKR", "RUS", "remains", "8") in legs
    assert ("2025-09-30", "UKR", "RUS", "remains", "11") in legs
    assert ("2025-09-02", "RUS", "UKR", "remains", "650") in legs
    assert ("2025-09-30", "RUS", "UKR", "remains", "650") in legs


@pytest.mark.parametrize(
    "sentence",
    [
        # compared with another year, and no dates of its own to pair with
        "The numbers were the same as last year: 500 to Kyiv, 20 to Moscow.",
        # no dates before "the numbers": which swaps they size is unknown
        "The numbers were the same: 500 to Kyiv, 12 and then 15 to Moscow.",
        # three figures for two dates: the list does not pair with them
        "In May and on 3 June the numbers were the same: 500 to Kyiv, 12, 15 and 16 to Moscow.",
    ],
)
def test_no_list_is_read_without_dates_it_pairs_with(
    recap: Callable[[str], Legs], sentence: str
) -> None:
    """Near misses: only the April exchange is read."""
    assert {leg[0] for leg in recap(f"{BEFORE}{sentence}\n")} == {"2025-04"}
