"""A foreigner who "came home" joined to a side's people: "50 soldiers and a Briton".

People of a third country counted in the same phrase as a side's soldiers, coming
home with them, crossed into that side's care, not home to their own country; the
sentence does not say where they went next, so their leg is refused rather than
guessed. The side's own people still go home, and a foreigner told alone keeps
the reading he had.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9000),
    foreigner=st.sampled_from(["one American civilian", "a British volunteer", "two Americans"]),
    verb=st.sampled_from(["came home", "returned home", "have come home"]),
)
def test_no_foreign_country_receives_people_who_came_home_with_soldiers(
    n: int, foreigner: str, verb: str
) -> None:
    """Whatever the count, only the side's own soldiers are read, going to that side."""
    text = f"On 4 March, {n:,} soldiers and {foreigner} {verb}, Kyiv said."
    assert moves(text) == {("RUS", "UKR", "prisoners_of_war", n)}


def test_a_side_named_on_the_soldiers_leaves_the_foreigner_out_too() -> None:
    """The soldiers' side in an adjective: they go home, the foreigner is not read."""
    text = "On 4 March, 40 Ukrainian prisoners and two Britons returned home, Kyiv said."
    assert moves(text) == {("RUS", "UKR", "prisoners_of_war", 40)}


def test_the_soldiers_alone_still_come_home() -> None:
    """Near miss: with no foreigner joined to them, the soldiers' reading stands."""
    text = "On 4 March, 64 soldiers came home, Kyiv said."
    assert moves(text) == {("RUS", "UKR", "prisoners_of_war", 64)}
