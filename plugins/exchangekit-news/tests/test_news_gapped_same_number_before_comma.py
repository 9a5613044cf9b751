"""A gapped "and Russia the same number", then a comma and a swap noun: the first verb's.

"Kyiv got back 98 soldiers, and Moscow the same number, in a swap brokered by Qatar":
the second clause keeps only its side and its figure, so the verb before ("got back")
moves that side's people too. The swap past the comma frames the whole sentence; it
is not a verb of the gapped figure's own. A figure with no side before it ("and the
same number of Russians were freed in a swap") keeps its own verb as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def _both_ways(
    count: str, back: PersonCategory = PersonCategory.PRISONERS_OF_WAR
) -> set[tuple[str, str, PersonCategory, Count]]:
    pow_ = PersonCategory.PRISONERS_OF_WAR
    return {("RUS", "UKR", pow_, Count.parse(count)), ("UKR", "RUS", back, Count.parse(count))}


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday Kyiv brought home 98 soldiers, and Moscow the same number, in a swap the "
        "Emirates helped arrange.",
        "On Sunday Ukraine took back 98 soldiers, and Russia the same number of servicemen, "
        "in an exchange brokered by the UAE.",
    ],
)
def test_the_gapped_side_takes_the_first_verb(news: Callable[..., Any], text: str) -> None:
    assert news(text).legs_by_category() == _both_ways("98")


def test_the_gapped_side_of_its_own_is_of_no_one_kind(news: Callable[..., Any]) -> None:
    """ "The same number of its own" names no kind for that side: the servicemen are Kyiv's."""
    text = (
        "Ukraine got back 98 of its servicemen on Sunday, and Russia the same number of its "
        "own, in an exchange mediated by Qatar."
    )
    assert news(text).legs_by_category() == _both_ways("98", PersonCategory.OTHER)


def test_a_figure_with_no_side_before_it_keeps_its_own_verb(news: Callable[..., Any]) -> None:
    text = (
        "Ukraine got back 98 soldiers on Sunday, and the same number of Russians were freed "
        "in a swap brokered by Qatar."
    )
    assert news(text).legs_by_category() == _both_ways("98")


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=1_700))
def test_each_side_gets_the_figure(news: Callable[..., Any], n: int) -> None:
    text = (
        f"On Sunday Kyiv brought home {n:,} soldiers, and Moscow the same number, in a swap "
        "brokered by the UAE."
    )
    assert news(text).legs_by_category() == _both_ways(f"{n:,}")
