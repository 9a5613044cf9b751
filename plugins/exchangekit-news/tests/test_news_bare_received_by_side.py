"""A bare number as the subject of "were received by" a side: "and 19 were received by Russia".

After a clause that counts people by a noun and moves them, a second clause may keep only
its number and a passive of getting whose agent is a side: the side got the same kind of
people, so the number goes the other way to it. An agent that is no side stays unread.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


def test_news_bare_number_received_by_a_side_goes_to_it(recap: Recap) -> None:
    legs = recap(
        "In October 900 bodies were handed over to Ukraine and 30 were received by Russia."
    )
    assert ("2025-10", "UKR", "RUS", "remains", "30") in legs
    assert ("2025-10", "RUS", "UKR", "remains", "900") in legs


def test_news_the_side_as_a_noun_phrase_is_the_agent_too(recap: Recap) -> None:
    # harder: each side named as "the ... side", a speaker's aside at the end
    legs = recap(
        "The last handover came in October, when 900 bodies were transferred to the "
        "Ukrainian side and 30 were received by the Russian side, an official recalled."
    )
    assert ("2025-10", "UKR", "RUS", "remains", "30") in legs


def test_news_an_agent_that_is_no_side_leaves_the_number_unread(recap: Recap) -> None:
    # near miss: a laboratory is no side the bodies went to
    legs = recap(
        "In October 900 bodies were handed over to Ukraine and 30 were received by the "
        "forensic laboratory in Kyiv."
    )
    assert all(leg[4] != "30" for leg in legs)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    back=st.integers(min_value=2, max_value=99),
    sides=st.sampled_from([("Ukraine", "Russia"), ("Russia", "Ukraine")]),
)
def test_news_received_by_always_reverses_the_first_way(
    recap: Recap, back: int, sides: tuple[str, str]
) -> None:
    first, other = sides
    legs = recap(
        f"In October 500 bodies were handed over to {first} and {back} were received by {other}."
    )
    codes = {"Ukraine": "UKR", "Russia": "RUS"}
    assert ("2025-10", codes[first], codes[other], "remains", str(back)) in legs
