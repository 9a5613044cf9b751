"""A return "from" a place that is no side, then "to" (or "into") a side.

"Nine children came back from Minsk to Ukraine": the side after "to" is where they
went, and the other side sent them. A side standing past the "to" was read as the
"from" phrase's own, so both ways named Ukraine and the figure was refused. The
side the "from" itself names still sends ("from Russia to Ukraine").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_500),
    verb=st.sampled_from(["returned", "were returned", "were brought back", "came back"]),
    place=st.sampled_from(["Minsk", "Belarus", "captivity", "the occupied east", "Gomel"]),
    way=st.sampled_from([("to Ukraine", "RUS", "UKR"), ("to Russia", "UKR", "RUS")]),
)
def test_news_the_side_after_to_receives_past_a_place_from(
    recap: Recap, n: int, verb: str, place: str, way: tuple[str, str, str]
) -> None:
    to, sender, receiver = way
    legs = recap(f"On Tuesday {n:,} civilians {verb} from {place} {to}, officials said.")
    assert {(s, r, c) for _, s, r, _, c in legs} == {(sender, receiver, f"{n:,}")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On Monday 14 children crossed the border from Belarus into Ukraine.",
            {("RUS", "UKR", "children", "14")},
        ),
        (
            "On Monday 37 civilians were returned from Minsk to Ukraine, Kyiv said.",
            {("RUS", "UKR", "civilians", "37")},
        ),
        # the side "from" names still sends
        (
            "On Monday 52 soldiers returned from Russia to Ukraine.",
            {("RUS", "UKR", "prisoners_of_war", "52")},
        ),
        (
            "On Monday 52 soldiers returned from Ukraine to Russia.",
            {("UKR", "RUS", "prisoners_of_war", "52")},
        ),
    ],
)
def test_news_place_from_then_side(recap: Recap, text: str, want: set[tuple[str, ...]]) -> None:
    assert {(s, r, k, c) for _, s, r, k, c in recap(text)} == want


def test_news_place_from_with_no_side_after_it_is_refused(recap: Recap) -> None:
    """No side named for either way, and people of no side: no way to read."""
    assert recap("On Monday 14 children came home from Minsk.") == set()
