"""An aside of saying between a verb and its object neither ends its reach nor opens a clause.

", the coordination office said," names who gives a figure and nothing of what is
moved: the figure after it is still the object of the verb before it, not the
subject of a later clause ("while Moscow got back ...") whose side is the other one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

Keyed = Callable[..., dict[tuple[str, str, str], Count]]


def test_news_object_past_a_dashed_said_aside_goes_to_the_verbs_subject(legs: Keyed) -> None:
    found = legs(
        "In May, Kyiv recovered its fallen - on each occasion, the ombudsman said, some "
        "800 bodies - while Moscow got back 25.",
        date(2025, 10, 23),
    )
    assert found.get(("RUS", "UKR", "remains")) == Count.parse("some 800")
    assert ("UKR", "RUS", "remains") not in found or found[
        ("UKR", "RUS", "remains")
    ] != Count.parse("some 800")


def test_news_a_said_aside_before_a_clause_of_its_own_keeps_its_subject(legs: Keyed) -> None:
    # near miss: a figure that opens its own clause after "while" stays that clause's
    found = legs(
        "In May, Kyiv recovered its fallen, the ombudsman said, while Moscow got back 25 bodies.",
        date(2025, 10, 23),
    )
    assert found.get(("UKR", "RUS", "remains")) == Count.parse("25")
    assert ("RUS", "UKR", "remains") not in found


def test_news_a_part_past_a_said_aside_is_no_second_object(legs: Keyed) -> None:
    # near miss: the verb's object came before the aside; the later figure is its part
    found = legs(
        "Kyiv's coordination office put the number it got back at 150, a figure that, "
        "officials said, included three civilians.",
        date(2025, 10, 23),
    )
    assert found.get(("RUS", "UKR", "other")) == Count.parse("150")
    assert ("RUS", "UKR", "civilians") not in found


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=200, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    teller=st.sampled_from(["the ombudsman", "the coordination office", "officials"]),
)
def test_news_a_said_aside_never_sends_the_object_the_other_way(
    legs: Keyed, n: int, teller: str
) -> None:
    found = legs(
        f"In May, Kyiv recovered its fallen - on each occasion, {teller} said, about "
        f"{n:,} bodies - while Moscow got back 25.",
        date(2025, 10, 23),
    )
    assert all(
        count != Count.parse(f"about {n:,}") for (_, r, _), count in found.items() if r == "RUS"
    )
