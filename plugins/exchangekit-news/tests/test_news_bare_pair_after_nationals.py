"""A bare "N for N" after an exchange of nationals is a swap of prisoners.

"N for N" with no noun is itself the shape of a prisoner swap: the same number went
each way. A recap that named nationals in an earlier sentence ("120 Ukrainians came
home") does not lend that mixed kind to a later day's bare pair ("on April 8 it was
100 for 100"); a pair that names its people, or a sentence about civilians or the
dead, keeps its own reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


def _kinds(legs: set[tuple[str, str, str, str, str]], count: str) -> set[tuple[str, str, str]]:
    """(sender, receiver, kind) of every leg read with ``count``."""
    return {(leg[1], leg[2], leg[3]) for leg in legs if leg[4] == count}


_BOTH_POW = {("RUS", "UKR", "prisoners_of_war"), ("UKR", "RUS", "prisoners_of_war")}


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 120 Ukrainians came home. On April 8 it was 100 for 100.",
        "Some 140 Ukrainians returned on 2 March. On 8 April the count was 100 for 100.",
        "Kyiv welcomed home 230 of its citizens on 2 May. By 14 June, it was 100 for 100.",
    ],
)
def test_news_a_later_bare_pair_is_not_of_the_nationals_told_before(
    recap: Recap, text: str
) -> None:
    assert _kinds(recap(text), "100") == _BOTH_POW


def test_news_a_pair_naming_nationals_stays_of_no_one_kind(recap: Recap) -> None:
    text = (
        "On March 3, 120 Ukrainians came home. On April 8 it was 100 Ukrainians for 100 Russians."
    )
    assert _kinds(recap(text), "100") <= {("RUS", "UKR", "other"), ("UKR", "RUS", "other")}


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 120 Ukrainians came home. On April 8 civilians were swapped 100 for 100.",
        "On March 3, 120 Ukrainians came home. On April 8 bodies were handed over 100 for 100.",
    ],
)
def test_news_a_pair_in_a_sentence_of_civilians_or_the_dead_is_not_of_prisoners(
    recap: Recap, text: str
) -> None:
    assert not _kinds(recap(text), "100") & _BOTH_POW


def test_news_a_proposed_pair_is_no_swap(recap: Recap) -> None:
    text = "On March 3, 120 Ukrainians came home. On April 8 Kyiv proposed 100 for 100."
    assert _kinds(recap(text), "100") == set()


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(
    lambda n: not 1800 <= n <= 2100 and n != 120
)


@given(n=_COUNTS, day=st.integers(4, 28), month=st.sampled_from(["April", "June", "October"]))
@settings(max_examples=20, deadline=None)
def test_news_a_bare_pair_on_a_later_day_is_of_prisoners_whatever_its_size(
    recap: Recap, n: int, day: int, month: str
) -> None:
    text = f"On March 3, 120 Ukrainians came home. On {month} {day} it was {n:,} for {n:,}."
    legs = recap(text)
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in legs if leg[0].endswith(f"-{day:02d}")} == {
        (sender, receiver, kind, str(Count.exact(n))) for sender, receiver, kind in _BOTH_POW
    }
