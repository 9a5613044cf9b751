"""People named after "exchanged for N": the second figure's own noun decides its kind.

"40 Ukrainian soldiers were exchanged for 40 Russians": the same number went each
way, but the Russians are named by a nationality alone, which by the coding
conventions counts people of no one kind (`other`); the soldiers' kind is theirs,
not the other side's. A bare "for 40" (or "for 40 Russian servicemen") repeats the
first figure's people, so both ways keep its kind.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday 40 Ukrainian soldiers were exchanged for 40 Russians, Kyiv said.",
        "In a swap brokered by Qatar, 40 Ukrainian servicemen were traded for 40 Russians.",
        "The first swap of the spring came on 3 April, when 40 Ukrainian defenders were "
        "swapped for 40 Russians.",
        "Officials said 40 Ukrainian soldiers were exchanged for the same number of Russians "
        "on Monday.",
    ],
)
def test_news_a_nationality_after_exchanged_for_keeps_no_one_kind(legs: Legs, text: str) -> None:
    found = legs(text)
    assert found.get(("RUS", "UKR", "prisoners_of_war")) == Count.exact(40)
    assert found.get(("UKR", "RUS", "other")) == Count.exact(40)
    assert ("UKR", "RUS", "prisoners_of_war") not in found


def test_news_soldiers_after_exchanged_for_keep_their_own_kind(legs: Legs) -> None:
    """The other way round: the nationality is the first figure's, the soldiers the second's."""
    found = legs("On Monday 40 Ukrainians were exchanged for 40 Russian soldiers, Kyiv said.")
    assert found.get(("RUS", "UKR", "other")) == Count.exact(40)
    assert found.get(("UKR", "RUS", "prisoners_of_war")) == Count.exact(40)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the second figure repeats the first's people
        "On Monday 40 servicemen were exchanged for 40, both sides said.",
        "On Monday 40 Ukrainian soldiers were exchanged for 40 Russian servicemen.",
    ],
)
def test_news_a_bare_or_like_figure_after_exchanged_for_keeps_the_pair_kind(
    legs: Legs, text: str
) -> None:
    found = legs(text)
    assert found == {
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(40),
        ("UKR", "RUS", "prisoners_of_war"): Count.exact(40),
    }


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=1_799) | st.integers(min_value=2_101, max_value=9_999))
def test_news_the_nationality_after_exchanged_for_is_never_given_the_soldiers_kind(
    legs: Legs, n: int
) -> None:
    found = legs(f"On Monday {n:,} Ukrainian soldiers were exchanged for {n:,} Russians.")
    assert found.get(("RUS", "UKR", "prisoners_of_war")) == Count.exact(n)
    assert found.get(("UKR", "RUS", "other")) == Count.exact(n)
    assert ("UKR", "RUS", "prisoners_of_war") not in found
