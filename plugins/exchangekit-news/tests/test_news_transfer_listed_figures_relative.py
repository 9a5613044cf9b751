"""A relative clause on the noun a list of figures shares is every listed figure's.

"19 and 24 bodies that Moscow said were Russian soldiers": the noun is written once,
after the last figure, and so is the clause naming whose people they are; each figure of
the list counts the same people, so each goes the same way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SIDES = {
    "RUS": ("Russia", "Moscow", "Russian"),
    "UKR": ("Ukraine", "Kyiv", "Ukrainian"),
}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    home=st.sampled_from(sorted(_SIDES)),
    first=st.integers(min_value=2, max_value=60),
    second=st.integers(min_value=61, max_value=400),
    relative=st.sampled_from(["that", "which"]),
    said=st.sampled_from(["said were", "says were", "said were those of"]),
    noun=st.sampled_from(["bodies", "sets of remains"]),
)
def test_every_listed_figure_gets_the_clause(
    recap: Recap, home: str, first: int, second: int, relative: str, said: str, noun: str
) -> None:
    """Both figures of "N and M bodies that X said were Y soldiers" go the same way."""
    away = "UKR" if home == "RUS" else "RUS"
    sender, teller, people = _SIDES[away][0], _SIDES[home][1], _SIDES[home][2]
    text = (
        f"In July and August {sender} handed over {first} and {second} {noun} "
        f"{relative} {teller} {said} {people} soldiers."
    )
    ways = {(s, r) for _, s, r, _, c in recap(text) if c in (str(first), str(second))}
    assert ways == {(away, home)}


@pytest.mark.parametrize(
    "text",
    [
        "In May and June Ukraine received 19 and 24 bodies that Moscow said were Russian soldiers.",
        "In July, August and September Kyiv handed back 19, 19 and 24 bodies which Moscow "
        "said were Russian soldiers.",
    ],
)
def test_no_listed_figure_turns_alone(recap: Recap, text: str) -> None:
    """However the list reads, none of its figures goes the other way from the rest."""
    ways = {(s, r) for _, s, r, _, c in recap(text) if c in ("19", "24")}
    assert len(ways) == 1


def test_a_figure_with_its_own_noun_keeps_its_way(recap: Recap) -> None:
    """'1,000 bodies and ... 24 bodies that ...': only the figure before the clause has it."""
    legs = recap(
        "In August Ukraine received 1,000 bodies and handed over 24 bodies that Moscow "
        "said were Russian soldiers."
    )
    assert ("2025-08", "RUS", "UKR", "remains", "1,000") in legs
    assert ("2025-08", "UKR", "RUS", "remains", "24") in legs
    assert not any(leg[1:3] == ("UKR", "RUS") and leg[4] == "1,000" for leg in legs)
