"""A verb of handing over followed by "down" moves no one: "brought down", "handed down".

"The plane was brought down" is shot down, "a court handed down sentences" passes
judgment: neither hands people to a side, so the people counted near them are no
transfer. The same verbs without "down" keep their readings.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

_DOWN = [
    "Moscow said {n} Ukrainian soldiers and four guards were killed when the transport"
    " aircraft was brought down near the border on Tuesday.",
    "A court in Rostov handed down prison terms to {n} Ukrainian servicemen and two"
    " civilians on Tuesday.",
    "Officials said {n} captured Ukrainian marines, five pilots and two escorts died after"
    " the helicopter carrying them was brought down on Tuesday.",
]


@given(n=st.integers(min_value=3, max_value=400), form=st.sampled_from(_DOWN))
@_SETTINGS
def test_news_brought_down_or_handed_down_is_no_transfer(recap: Recap, n: int, form: str) -> None:
    assert recap(form.format(n=f"{n:,}")) == set()


def test_news_the_same_verbs_without_down_still_move_people(recap: Recap) -> None:
    legs = recap("On Tuesday Russia handed over 75 Ukrainian soldiers and two civilians.")
    assert ("2025-11-18", "RUS", "UKR", "prisoners_of_war", "75") in legs
    assert ("2025-11-18", "RUS", "UKR", "civilians", "2") in legs
    brought = recap("On Tuesday 64 Ukrainian defenders were brought back home from captivity.")
    assert ("2025-11-18", "RUS", "UKR", "prisoners_of_war", "64") in brought
