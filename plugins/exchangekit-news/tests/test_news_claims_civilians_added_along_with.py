"""A side's losses with civilians added "along with" them count the side's fighters.

"The general put Ukrainian losses at over 100,000, along with some 30,000 civilian
deaths": the joiner ("along with", "as well as", "together with") adds the civilians
as a figure of their own, so the figure before it is not a civilian toll. It is read
as the side's combatant losses, where it used to be dropped as a civilian figure it
could not place. A figure that includes the civilians ("including") is not read so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Population

News = Callable[..., Any]
Found = Callable[..., Any]

SIDES = {"Ukrainian": "UKR", "Russian": "RUS"}
JOINERS = ("along with", "as well as", "together with")


def _combatant_losses(read: Any) -> set[tuple[str, str, Count]]:
    """(side, kind, count) of every claim read as the combatants' losses."""
    return {
        (c.subject.code, c.category.value, c.count)
        for c in read.claims
        if c.population is Population.COMBATANTS
    }


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    joiner=st.sampled_from(JOINERS),
    losses=st.integers(min_value=21, max_value=900).map(lambda k: k * 1000),
    civilians=st.integers(min_value=2_100, max_value=19_000),
)
def test_news_losses_with_civilians_added_are_the_sides(
    news: News, side: str, joiner: str, losses: int, civilians: int
) -> None:
    """Whatever the side, the joiner and the numbers, the losses are the side's fighters'."""
    read = news(
        f"A senior commander said in an interview that {side} losses were likely over"
        f" {losses:,}, {joiner} about {civilians:,} civilian deaths."
    )
    wanted = (SIDES[side], "total_losses", Count.parse(f"more than {losses:,}"))
    assert wanted in _combatant_losses(read)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Russian casualties stood at about 250,000, as well as some 4,000 civilians"
            " killed in shelling, the analysts wrote.",
            ("RUS", "total_losses", Count.parse("about 250,000")),
        ),
        (
            "An adviser said Ukraine's losses had reached 60,000, together with 9,000 civilians.",
            ("UKR", "total_losses", Count.exact(60_000)),
        ),
    ],
)
def test_news_other_forms_of_added_civilians(
    news: News, text: str, wanted: tuple[str, str, Count]
) -> None:
    """Other verbs and joiners: the figure before the civilians is still the side's."""
    assert wanted in _combatant_losses(news(text))


def test_news_losses_including_civilians_are_no_combatant_toll(news: News) -> None:
    """The near miss: "including" puts the civilians inside the figure, not beside it."""
    read = news(
        "A senior commander said that Ukrainian losses were likely over 100,000, including"
        " about 30,000 civilian deaths."
    )
    assert ("UKR", "total_losses", Count.parse("more than 100,000")) not in _combatant_losses(read)
