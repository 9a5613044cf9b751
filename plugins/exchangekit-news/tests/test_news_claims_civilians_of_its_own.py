"""Civilians counted as "N of its civilians" are the possessive owner's, wherever they are.

"Kyiv says 14,000 of its civilians are missing, and 2,300 are held in Russia": "its"
names whose people the figure counts, so a place told later in the sentence, here in
another clause about another figure, does not make them the other side's civilians.
A count of civilians with no owner still takes the place where they were harmed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

NAMES = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}
PLACES = {"Ukraine": "UKR", "Russia": "RUS"}


@settings(max_examples=20, deadline=None)
@given(
    name=st.sampled_from(sorted(NAMES)),
    place=st.sampled_from(sorted(PLACES)),
    owned=st.sampled_from(["its civilians", "its citizens", "their civilians"]),
    state=st.sampled_from(["are missing", "are unaccounted for", "remain missing"]),
    amount=st.integers(min_value=2_100, max_value=90_000),
    held=st.integers(min_value=200, max_value=1_799),
)
def test_news_its_civilians_are_the_owners_whatever_place_follows(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    name: str,
    place: str,
    owned: str,
    state: str,
    amount: int,
    held: int,
) -> None:
    """The owner of "its" gives the side; the place of another clause does not."""
    text = (
        f"{name} says that {amount:,} of {owned} {state}, and officials say that "
        f"{held} are held in {place}."
    )
    read = found(news(text))
    assert (NAMES[name], "missing", Count.exact(amount)) in read
    other = "RUS" if NAMES[name] == "UKR" else "UKR"
    assert (other, "missing", Count.exact(amount)) not in read


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Moscow says that 900 of its civilians are missing, while Kyiv says 300 are "
            "held in Ukraine.",
            "RUS",
        ),
        ("Ukraine says that 28,500 of its civilians are missing in Russia.", "UKR"),
        ("Kyiv said thousands of its civilians were unaccounted for in occupied areas.", "UKR"),
    ],
)
def test_news_its_civilians_in_other_forms(news: Callable[..., Any], text: str, side: str) -> None:
    claims = news(text).claims
    missing = [c for c in claims if c.category.value == "missing"]
    assert missing
    assert {c.subject.code for c in missing} == {side}


def test_news_civilians_of_no_owner_keep_the_place_they_died(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: no possessive, so the place where they were killed names their side
    text = "The UN said 12,000 civilians had been killed in Ukraine, and 600 were killed in Russia."
    read = found(news(text))
    assert ("UKR", "killed", Count.exact(12_000)) in read
    assert ("RUS", "killed", Count.exact(600)) in read
