"""A verb's "home" after a list of counted groups belongs to the verb, as after one group.

"The swap on 3 May brought 60 soldiers and 7 civilians home": the particle after the
object says where every listed group went, as in "brought home 60 soldiers and 7
civilians". A list that ends in a place ("... to Kyiv") or goes on with a group of no
count ("60 soldiers and their families home") is not read as coming home by this rule.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_TOLD = "Kyiv said 40 soldiers came home on 2 March. "


@pytest.mark.parametrize(
    "text",
    [
        _TOLD + "The swap on 3 May brought 60 soldiers and 7 civilians home.",
        _TOLD + "The next exchange, on 3 May, had brought 60 soldiers and 7 civilians home.",
    ],
)
def test_listed_groups_come_home(recap: Recap, text: str) -> None:
    """Both listed groups come home to the side telling the story, on the day told."""
    legs = recap(text)
    assert ("2025-05-03", "RUS", "UKR", "prisoners_of_war", "60") in legs
    assert ("2025-05-03", "RUS", "UKR", "civilians", "7") in legs


def test_same_as_particle_before(recap: Recap) -> None:
    """The particle after the list reads as the particle before it does."""
    after = recap(_TOLD + "The swap on 3 May brought 60 soldiers and 7 civilians home.")
    before = recap(_TOLD + "The swap on 3 May brought home 60 soldiers and 7 civilians.")
    assert after == before


@pytest.mark.parametrize(
    "text",
    [
        _TOLD + "The swap on 3 May brought 60 soldiers and their families home.",
        _TOLD + "The swap on 3 May brought 60 soldiers and 7 civilians to a hospital.",
    ],
)
def test_no_counted_list_before_home(recap: Recap, text: str) -> None:
    """Without a counted group after "and", or with no "home", the swap's ways stay unsaid."""
    legs = recap(text)
    assert not any(p == "2025-05-03" for p, *_ in legs)


@given(a=st.integers(min_value=2, max_value=900), b=st.integers(min_value=2, max_value=90))
@settings(max_examples=10, deadline=None)
def test_any_counts(recap: Recap, a: int, b: int) -> None:
    """Whatever the two counts, each group comes home."""
    assume(a != b)  # two groups of one size may be told as one; the kinds are what matter
    legs = recap(_TOLD + f"The swap on 3 May brought {a} soldiers and {b} civilians home.")
    dated = {(s, r, k, c) for p, s, r, k, c in legs if p == "2025-05-03"}
    assert dated == {
        ("RUS", "UKR", "prisoners_of_war", str(a)),
        ("RUS", "UKR", "civilians", str(b)),
    }
