"""A relative clause that ends on a verb of going home, right before the main verb.

"Seven Russian citizens who wanted to return were transferred to Russia": the relative
clause tells what the people wished; the verb group that opens right after it ("were
transferred") is the figure's own verb, as it is when words stand between the two.
A second verb joined by "and" is still the relative clause's own.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven Russian citizens who wanted to return were transferred to the Russian "
            "Federation on June 9.",
            ("UKR", "RUS", "other", 7),
        ),
        (
            "On June 9, nine Ukrainian civilians who had asked to go home were handed over "
            "to Ukraine.",
            ("RUS", "UKR", "civilians", 9),
        ),
    ],
)
def test_main_verb_right_after_the_relative_clause(
    text: str, expected: tuple[str, str, str, int]
) -> None:
    assert moves(text, _DAY) == {expected}


def test_a_verb_joined_to_the_relative_stays_in_it() -> None:
    # near miss: "and were freed" continues the relative clause, and nothing else moves them
    found = moves(
        "Seven Russian citizens who wanted to return and were freed last year live in Kursk.",
        _DAY,
    )
    assert not any(leg[3] == 7 and leg[1] == "UKR" for leg in found)


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=400),
    wish=st.sampled_from(["wanted to return", "wished to go home", "had asked to return"]),
)
def test_the_wish_never_hides_the_main_verb(count: int, wish: str) -> None:
    found = moves(
        f"On June 9, {count} Russian citizens who {wish} were transferred to Russia.", _DAY
    )
    assert found == {("UKR", "RUS", "other", count)}
