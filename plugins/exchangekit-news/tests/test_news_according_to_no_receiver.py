""" "According to" (or "thanks to", "due to") a side's office names a source, not a receiver.

A "to" that closes a fixed phrase of attribution or cause ("according to the Ukrainian
interior ministry", "thanks to the Turkish mediators") says who tells or who helped;
the side's adjective after it is no place the people went. A swap's way is read
from the rest of the clause, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]
Keyed = Callable[..., dict[tuple[str, str, str], Count]]


def test_news_dead_alongside_a_return_go_home_past_a_source(recap: Recap) -> None:
    legs = recap(
        "In March, 300 came back, alongside 12 Russian dead, according to the Ukrainian "
        "interior ministry."
    )
    assert ("2025-03", "UKR", "RUS", "remains", "12") in legs
    assert all(leg[1:3] != ("RUS", "UKR") or leg[4] != "12" for leg in legs)


def test_news_a_source_side_is_no_receiver_of_a_passive(legs: Keyed) -> None:
    # harder: the people named by the other side's adjective, the source after a comma
    found = legs(
        "On Tuesday, 40 Russian soldiers were handed over, according to the Ukrainian "
        "coordination office.",
        date(2025, 5, 23),
    )
    assert ("RUS", "UKR", "prisoners_of_war") not in found


def test_news_thanks_to_a_mediator_of_a_side_names_no_receiver(legs: Keyed) -> None:
    found = legs(
        "On Friday 75 Russian servicemen were released, thanks to the Ukrainian "
        "negotiators' persistence.",
        date(2025, 5, 23),
    )
    assert ("RUS", "UKR", "prisoners_of_war") not in found


def test_news_a_to_that_names_the_way_still_reads(legs: Keyed) -> None:
    # near miss: a plain "to" before a side is where the people went
    found = legs(
        "On Tuesday, 40 soldiers were handed over to the Ukrainian side, according to "
        "the coordination office.",
        date(2025, 5, 23),
    )
    assert found.get(("RUS", "UKR", "prisoners_of_war")) == Count.parse("40")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=10, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    source=st.sampled_from(["interior ministry", "ombudsman's office", "coordination office"]),
)
def test_news_according_to_a_side_never_receives_the_other_sides_people(
    legs: Keyed, n: int, source: str
) -> None:
    found = legs(
        f"On Tuesday, {n:,} Russian soldiers were handed over, according to the Ukrainian "
        f"{source}.",
        date(2025, 5, 23),
    )
    assert ("RUS", "UKR", "prisoners_of_war") not in found
