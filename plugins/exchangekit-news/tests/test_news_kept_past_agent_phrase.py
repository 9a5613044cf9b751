"""People kept abroad past who freed them: "officers released by Russia will stay in Qatar".

A participle and its agent after the people ("released by the Russian Federation")
say who let them go; the verb after it says where they went. When that verb keeps
them in a third country, they did not go home to their side. Without such a verb
("... released by Russia returned home") the people went home as usual.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2026, 6, 9)


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=40),
    participle=st.sampled_from(["released", "freed", "held"]),
    agent=st.sampled_from(["Russia", "the Russian Federation", "Moscow"]),
    stay=st.sampled_from(["will remain in", "are to stay in", "would stay in"]),
    country=st.sampled_from(["Turkey", "Qatar", "Saudi Arabia"]),
)
def test_people_kept_abroad_past_their_agent_are_not_sent_home(
    count: int, participle: str, agent: str, stay: str, country: str
) -> None:
    text = (
        f"Under the deal, {count} Ukrainian officers {participle} by {agent} {stay} "
        f"{country} until the end of the war."
    )
    assert not any(receiver == "UKR" for _, receiver, *_ in moves(text, _DAY))


def test_people_freed_by_a_side_who_came_home_still_go_home() -> None:
    text = "On Friday 14 Ukrainian officers released by Russia returned home."
    assert moves(text, _DAY) == {("RUS", "UKR", "prisoners_of_war", 14)}
