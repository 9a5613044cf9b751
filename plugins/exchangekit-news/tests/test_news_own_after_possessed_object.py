"""'Of its own' after the other side's object: "returned Kyiv's dead, receiving 40 of its own".

The side named with "'s" right after a verb of giving owns the people handed over; it is
part of the object, not the subject that gets back "its own". The people of its own go
to the subject. A possessive that opens the clause ("Kyiv's army got back 40 of its
soldiers") is still the subject and owns them.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

PUBLISHED = date(2025, 5, 4)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    verb=st.sampled_from(["handed back", "returned", "handed over"]),
    dead=st.sampled_from(["dead", "fallen"]),
    joint=st.sampled_from([", receiving", " and received", ", getting back"]),
)
def test_its_own_are_the_subjects_not_the_possessors(
    n: int, verb: str, dead: str, joint: str
) -> None:
    """Whatever the figure and verbs, the people "of its own" go to Russia, the subject."""
    text = f"On 3 May Russia {verb} Ukraine's {dead}{joint} {n} of its own."
    found = moves(text, published=PUBLISHED)
    assert any(leg[:2] == ("UKR", "RUS") and leg[3] == n for leg in found), found
    assert not any(leg[:2] == ("RUS", "UKR") and leg[3] == n for leg in found), found


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # a possessive opening the clause is its subject, and owns the people
        ("On 3 May Moscow said Ukraine's army got back 40 of its soldiers.", ("RUS", "UKR")),
        # an object without a possessive leaves the subject the owner, as before
        ("On 3 May Russia freed Ukrainian prisoners, receiving 40 of its own.", ("UKR", "RUS")),
    ],
)
def test_the_possessor_before_a_clause_still_owns(text: str, way: tuple[str, str]) -> None:
    found = moves(text, published=PUBLISHED)
    assert any(leg[:2] == way and leg[3] == 40 for leg in found), found
