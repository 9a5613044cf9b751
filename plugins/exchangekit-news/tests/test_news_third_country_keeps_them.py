"""A third country that undertakes to keep people it took in: they did not go home.

"five commanders of the Mariupol garrison were handed to Turkey, which agreed to keep
them until the war is over" says the people stay in the country as plainly as "where
they are to remain": the country received them from the side that held them. Only the
country's own relative clause keeps them; a side that would "keep them talking" in
another clause tells nothing about where they went.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_THIRD = {"Turkey": "TUR", "Qatar": "QAT", "the Turkish side": "TUR"}
_KEEPS = [
    "which undertook to keep them until the end of the war",
    "which has promised to keep them on its soil until the fighting stops",
    "which, its president said, would keep them there until a peace deal",
]


@given(
    count=st.integers(min_value=2, max_value=12),
    third=st.sampled_from(sorted(_THIRD)),
    keeps=st.sampled_from(_KEEPS),
    verb=st.sampled_from(["were transferred to", "were flown to", "were handed over to"]),
)
@_SETTINGS
def test_kept_by_the_country_it_received(
    recap: Recap, count: int, third: str, keeps: str, verb: str
) -> None:
    text = f"On Friday {count} commanders of the Mariupol garrison {verb} {third}, {keeps}."
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        ("RUS", _THIRD[third], "prisoners_of_war", str(count))
    }


@pytest.mark.parametrize(
    "text",
    [
        # another clause's keeping: no stay in the country
        "Five commanders of the Mariupol garrison were flown to Turkey, and Russia said "
        "it would keep them talking.",
        # on their way home through the country
        "Five commanders of the Mariupol garrison were flown home via Turkey, which had "
        "offered to keep them.",
    ],
)
def test_keeping_elsewhere_unread(recap: Recap, text: str) -> None:
    assert not {leg for leg in recap(text) if leg[2] in ("TUR", "QAT")}
