"""A relative "which numbered N" on a group of people gives the group's size.

"A group of children, which the mediator said numbered seven, came back from Russia":
the number counts the noun before ", which", the verb of the main clause moves them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=3, max_value=90),
    st.sampled_from(["which numbered", "which Qatar said numbered", "which totalled"]),
)
def test_news_which_numbered_sizes_the_group_moved(
    recap: Callable[[str], Any], count: int, relative: str
) -> None:
    found = recap(
        f"On 4 March a group of children, {relative} {count}, came back to Ukraine from Russia."
    )
    assert found == {("2025-03-04", "RUS", "UKR", "children", str(count))}


def test_news_which_numbered_with_a_longer_head(recap: Callable[[str], Any]) -> None:
    # the harder form: the group told inside a clause of confirming, the people "soldiers"
    found = recap(
        "Officials confirmed on 4 March that a small group of soldiers, which the ministry"
        " said numbered 12, had come home from Russia."
    )
    assert ("2025-03-04", "RUS", "UKR", "prisoners_of_war", "12") in found


def test_news_which_numbered_after_things_counts_no_people(recap: Callable[[str], Any]) -> None:
    # near miss: the head is no people: a convoy of trucks
    assert not recap("On 4 March a convoy of trucks, which numbered 40, came back from Russia.")
