"""A handover told with "the other way" put first: "In the other direction went 30 bodies".

English may front the way and put the people after the verb ("In the opposite direction
went the remains of 30 Russian soldiers"); that says the same as "the remains of 30
Russian soldiers went in the opposite direction": the people went against the way of
the handover just told, as the same kind. With no handover one way before, nothing says
which way is "the other", so nothing is read. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Keyed = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "fronted",
    [
        "In the opposite direction went the remains of {n} Russian soldiers.",
        "In the other direction went the bodies of {n} Russian servicemen.",
        "The other way went {n} bodies.",
    ],
)
def test_news_fronted_other_way_reverses_the_handover_before(legs: Keyed, fronted: str) -> None:
    found = legs(
        "On Monday Moscow handed Kyiv the bodies of 900 Ukrainian soldiers. " + fronted.format(n=27)
    )
    assert found == {
        ("RUS", "UKR", "remains"): Count.parse("900"),
        ("UKR", "RUS", "remains"): Count.parse("27"),
    }


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=2_200, max_value=9_000),
    st.integers(min_value=2, max_value=90),
)
def test_news_fronted_other_way_keeps_both_counts(legs: Keyed, back: int, sent: int) -> None:
    found = legs(
        f"On Monday Ukraine received {back:,} bodies from Russia."
        f" In the opposite direction went {sent} bodies."
    )
    assert found == {
        ("RUS", "UKR", "remains"): Count.parse(f"{back:,}"),
        ("UKR", "RUS", "remains"): Count.parse(f"{sent:,}"),
    }


def test_news_fronted_other_way_after_a_two_way_swap_reads_no_third(legs_of: Any) -> None:
    # near miss: after a swap told both ways, no way is "the other"
    found = legs_of(
        "On Monday Ukraine got back 120 prisoners and Russia 120."
        " In the other direction went 15 more."
    )
    assert Count.parse("15") not in [c for counts in found.values() for c in counts]


@pytest.mark.parametrize(
    "told",
    [
        "In the opposite direction went the remains of 27 Russian soldiers.",
        "The remains of 27 Russian soldiers went in the other direction.",
        "27 Russian prisoners went the other way.",
    ],
)
def test_news_other_way_with_no_handover_before_is_refused(legs: Keyed, told: str) -> None:
    # near miss: with no handover read before it, neither the way nor the day is known
    assert legs("A convoy of lorries crossed the border on Monday. " + told) == {}
