"""'The same number of <kind>' after two groups told apart in one sentence: the group of that kind.

"On 2 October, 20 Ukrainian civilians came home in a swap, along with 185 soldiers, and the
same number of Russian civilians went the other way.": the phrase names civilians, and the
sentence told one figure of civilians, so it repeats the 20, not the soldiers' 185 told
last. Reading the 185 would send 185 civilians to Russia, a handover the text never tells.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 October, 20 Ukrainian civilians came home in a swap, along with 185 soldiers,"
        " and the same number of Russian civilians went the other way.",
        "On 2 October Russia freed 20 Ukrainian civilians together with 185 soldiers, and"
        " Ukraine sent back the same number of Russian civilians.",
        "On 2 October, 20 Ukrainian civilians were returned as well as 185 soldiers, and"
        " Russia got back the same number of its civilians.",
    ],
)
def test_the_kind_named_picks_its_figure(recap: Recap, text: str) -> None:
    """The civilians going to Russia are 20, as many as the civilians coming home."""
    legs = recap(text)
    assert ("2025-10-02", "UKR", "RUS", "civilians", "20") in legs
    assert not {leg for leg in legs if leg[1:3] == ("UKR", "RUS") and leg[4] == "185"}


def test_the_last_figures_kind_still_picks_the_last(recap: Recap) -> None:
    """Named as the soldiers, the phrase repeats the soldiers' figure."""
    legs = recap(
        "On 2 October, 20 Ukrainian civilians came home in a swap, along with 185 soldiers,"
        " and the same number of Russian soldiers went the other way."
    )
    assert ("2025-10-02", "UKR", "RUS", "prisoners_of_war", "185") in legs


@given(
    civilians=st.integers(min_value=2, max_value=90),
    soldiers=st.integers(min_value=100, max_value=900),
)
@settings(max_examples=15, deadline=None)
def test_any_sizes(recap: Recap, civilians: int, soldiers: int) -> None:
    """Whatever the two figures, the civilians sent back are as many as those come home."""
    legs = recap(
        f"On 2 October, {civilians} Ukrainian civilians came home in a swap, along with"
        f" {soldiers} soldiers, and the same number of Russian civilians went the other way."
    )
    assert ("2025-10-02", "UKR", "RUS", "civilians", str(civilians)) in legs
