"""A subject of no side ("the government", "the authorities") that got back its own people.

"In three rounds of 300, 410 and 290 remains, on 2, 5 and 9 July respectively, the
authorities took back 1,000 in all, bodies that the other side said were Ukrainian
servicemen": a state that takes back one side's nationals is that side's, so the round
sizes listed before the verb go its way too. A verb of sending, people of no stated
side, or people of both sides leave the subject unresolved and the rounds unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=20, max_value=400), min_size=3, max_size=3, unique=True),
    st.sampled_from(["rounds", "handovers"]),
    st.sampled_from(["the government", "the authorities", "officials"]),
    st.sampled_from([("Ukrainian", "RUS", "UKR"), ("Russian", "UKR", "RUS")]),
)
def test_news_sideless_state_takes_the_side_of_the_people_it_got_back(
    recap: Callable[[str], Any], sizes: list[int], noun: str, subject: str, people: Any
) -> None:
    """Each listed round goes the way the nationals give, on its own day, and no other way."""
    adjective, sender, receiver = people
    first, second, third = sizes
    total = first + second + third
    found = recap(
        f"In three {noun} of {first}, {second} and {third} remains, on 3, 6 and 10 July"
        f" respectively, {subject} took back {total:,} in all, which were said to be the"
        f" bodies of {adjective} troops."
    )
    stages = {leg for leg in found if leg[4] in {str(first), str(second), str(third)}}
    assert stages == {
        ("2025-07-03", sender, receiver, "remains", str(first)),
        ("2025-07-06", sender, receiver, "remains", str(second)),
        ("2025-07-10", sender, receiver, "remains", str(third)),
    }


def test_news_sideless_state_stages_of_remains_go_the_way_of_its_own_dead(
    recap: Callable[[str], Any],
) -> None:
    found = recap(
        "In three rounds of 300, 410 and 290 remains, on 2, 5 and 9 July respectively,"
        " the authorities took back 1,000 in all, which Moscow said were the bodies of"
        " Ukrainian servicemen."
    )
    assert {
        ("2025-07-02", "RUS", "UKR", "remains", "300"),
        ("2025-07-05", "RUS", "UKR", "remains", "410"),
        ("2025-07-09", "RUS", "UKR", "remains", "290"),
    } <= found


def test_news_sideless_state_harder_form_with_russian_dead_and_plain_received(
    recap: Callable[[str], Any],
) -> None:
    # the harder form: "officials" with no article, "received", the nationals given by a
    # prepositional phrase on the total, and the people the other way
    found = recap(
        "Over that week, in three handovers of 20, 35 and 45 bodies, on 2, 5 and 9 July"
        " respectively, officials received 100 bodies of Russian servicemen."
    )
    assert {
        ("2025-07-02", "UKR", "RUS", "remains", "20"),
        ("2025-07-05", "UKR", "RUS", "remains", "35"),
        ("2025-07-09", "UKR", "RUS", "remains", "45"),
    } <= found


def test_news_sideless_state_near_misses_stay_unread(recap: Callable[[str], Any]) -> None:
    stages = ("300", "410", "290")
    # no nationals named: whose government it is stays unknown
    found = recap(
        "In three rounds of 300, 410 and 290 remains, on 2, 5 and 9 July respectively,"
        " the government took back 1,000 in all."
    )
    assert all(count not in stages for *_, count in found)
    # both sides' dead: no one side's government
    found = recap(
        "In three rounds of 300, 410 and 290 remains, on 2, 5 and 9 July respectively,"
        " the authorities took back 1,000 in all, which Kyiv said were the bodies of"
        " Ukrainian and Russian soldiers."
    )
    assert all(count not in stages for *_, count in found)
    # a verb of sending: the nationals name where the dead went, not whose state sent them
    found = recap(
        "In three rounds of 300, 410 and 290 remains, on 2, 5 and 9 July respectively,"
        " the government handed over 1,000 in all, which Kyiv said were the bodies of"
        " Ukrainian soldiers."
    )
    assert all(count not in stages for *_, count in found)
