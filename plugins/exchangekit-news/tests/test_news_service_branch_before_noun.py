"""A service branch named before a people noun qualifies it: "armed forces prisoners of war".

"Kyiv got 58 Ukrainian armed forces prisoners of war back": the branch the men served
in ("armed forces", "army", "navy", "national guard") stands between the
nationality and the noun, as an adjective would, and the count keeps the noun's kind.
A branch with no people noun after it ("60 army lorries") makes no group of people.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2024, 3, 2)


@pytest.mark.parametrize(
    ("branch", "noun", "kind"),
    [
        ("armed forces", "prisoners of war", "prisoners_of_war"),
        ("army", "prisoners of war", "prisoners_of_war"),
        ("army", "servicemen", "prisoners_of_war"),
        ("navy", "sailors", "prisoners_of_war"),
        ("national guard", "soldiers", "prisoners_of_war"),
        ("armed forces", "people", "other"),
    ],
)
def test_news_branch_between_nationality_and_noun(branch: str, noun: str, kind: str) -> None:
    text = (
        "Moscow said on Friday that 71 Russian servicemen had come back from captivity. "
        f"Kyiv, for its part, got 64 Ukrainian {branch} {noun} back, its officials said."
    )
    assert ("RUS", "UKR", kind, 64) in moves(text, _DAY)


def test_news_branch_without_people_is_no_group() -> None:
    """Near miss: "army lorries" are things; no second transfer is read from them."""
    text = (
        "Moscow said on Friday that 71 Russian servicemen had come back from captivity, "
        "and that 64 army lorries had crossed the border the same day."
    )
    assert not any(count == 64 for *_, count in moves(text, _DAY))


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=12, max_value=900),
    branch=st.sampled_from(["armed forces", "army", "navy", "national guard"]),
)
def test_news_branch_never_drops_the_noun(n: int, branch: str) -> None:
    """Whatever the figure and the branch, the handed-over count is of prisoners of war."""
    text = (
        "Moscow said on Friday that 71 Russian servicemen had come back from captivity. "
        f"Ukraine received {n} Ukrainian {branch} servicemen in exchange."
    )
    assert ("RUS", "UKR", "prisoners_of_war", n) in moves(text, _DAY)
