"""A count opened by "According to <side>'s office," is that side's own.

"According to Kyiv's prosecutors, 400 children have been killed" reports the
office's count as "Kyiv's prosecutors say 400 children have been killed" does: the
victims are of the office's country. Another side named before the figure, or a word
of the enemy, still decides otherwise, and an office of no side decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(
    office=st.sampled_from(["Ukraine's Prosecutor General's Office", "Ukraine's ombudsman"]),
    people=st.sampled_from(["children", "civilians"]),
    count=st.integers(min_value=120, max_value=9000),
)
@_SETTINGS
def test_according_to_a_sides_office_counts_its_own(
    news: News, found: Found, office: str, people: str, count: int
) -> None:
    text = f"According to {office}, at least {count:,} {people} have been killed since 2022."
    assert found(news(text)) == {("UKR", "killed", Count.at_least(count))}


def test_according_to_an_office_with_an_elided_second_kind(news: News, found: Found) -> None:
    """The harder form: a second kind with its verb left out, and a trailing aside."""
    text = (
        "According to Ukraine's juvenile prosecutors, no fewer than 480 children have died"
        " and over 1,700 been injured since the invasion, a tally that leaves out occupied"
        " areas."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.parse("no fewer than 480")),
        ("UKR", "wounded", Count.more_than(1700)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # an office of no side: nothing says whose the dead are
        "According to the prosecutors, at least 480 children have been killed since 2022.",
        # the enemy is named: not the office's own
        "According to Ukraine's General Staff, 1,200 occupiers were killed in the past day.",
    ],
)
def test_according_to_names_no_own_side(news: News, found: Found, text: str) -> None:
    assert not {claim for claim in found(news(text)) if claim[0] == "UKR"}
