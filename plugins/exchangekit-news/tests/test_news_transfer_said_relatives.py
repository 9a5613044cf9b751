"""A relative clause of saying on the people moved: "26 civilians it said were taken to Kyiv".

What a side says of the people it received (where they had been taken, held or
deported) is not where the handover sent them: the "to" inside such a clause, with or
without "that", names no receiver, and the clause's own verb decides the way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June Moscow said it got back 52 Russians, among them 30 soldiers and 22 "
        "civilians it said had been taken to Ukraine.",
        "On 3 June Moscow said it got back 52 Russians, among them 30 soldiers and 22 "
        "civilians that it says had been taken to Ukraine by force.",
        "On 3 June the Kremlin said it had received 22 civilians they said had been "
        "driven to Ukraine during the incursion.",
    ],
)
def test_place_said_of_the_people_is_no_receiver(recap: Callable[..., Legs], text: str) -> None:
    legs = recap(text, breakdowns="both")
    assert ("2025-06-03", "UKR", "RUS", "civilians", "22") in legs
    assert not any(leg[2] == "UKR" and leg[4] == "22" for leg in legs)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2, max_value=400), said=st.sampled_from(["said", "says", "claimed"]))
def test_said_relative_never_turns_the_way(recap: Recap, n: int, said: str) -> None:
    """Whatever the number, the received civilians go to the side that received them."""
    text = (
        f"On 3 June Russia said it had received {n} civilians it {said} had been taken to Ukraine."
    )
    legs = {(s, r, c) for _, s, r, _, c in recap(text)}
    assert ("UKR", "RUS", str(n)) in legs
    assert ("RUS", "UKR", str(n)) not in legs
