"""A sideless toll answering "how many <side> soldiers had died" asked in its own sentence.

"Asked how many Ukrainian soldiers had died, he said that more than 40,000 had been
killed": the figure answers the count of the side's dead the sentence opens by
asking, so it is that side's, as when the question stands in the sentence before.
A figure with a side of its own keeps it; a question about the held asks no dead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

SIDES = {"Ukrainian": "UKR", "Russian": "RUS"}


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    fighters=st.sampled_from(["soldiers", "troops", "servicemen"]),
    died=st.sampled_from(["had died", "have been killed", "had been killed"]),
    dead=st.integers(2_100, 900_000),
)
def test_news_a_toll_answering_how_many_died_is_that_sides(
    news: News, found: Found, side: str, fighters: str, died: str, dead: int
) -> None:
    text = f"Asked how many {side} {fighters} {died}, the minister said {dead:,} had been killed."
    assert found(news(text)) == {(SIDES[side], "killed", Count.exact(dead))}


@pytest.mark.parametrize(
    ("text", "side", "dead"),
    [
        (
            "When asked how many Russian troops had been killed, he replied that "
            "about 6,000 had died.",
            "RUS",
            Count.approx(6_000),
        ),
        (
            'Asked how many Ukrainian soldiers have died, Zelensky said "more than 43,000" '
            "had been killed on the battlefield.",
            "UKR",
            Count.more_than(43_000),
        ),
        (
            "Pressed on how many Ukrainian servicemen had been killed, the general said "
            "31,000 had died since the invasion began.",
            "UKR",
            Count.exact(31_000),
        ),
    ],
)
def test_news_a_toll_answering_how_many_died_in_other_forms(
    news: News, found: Found, text: str, side: str, dead: Count
) -> None:
    assert (side, "killed", dead) in found(news(text))


def test_news_a_toll_with_a_side_of_its_own_keeps_it(news: News, found: Found) -> None:
    """Near miss: the figure names its own side, whatever the question asked."""
    text = "Asked how many Ukrainian soldiers had died, he said 52,000 Russian soldiers had died."
    assert found(news(text)) == {("RUS", "killed", Count.exact(52_000))}


def test_news_a_question_naming_no_dead_lends_no_side(news: News) -> None:
    """Near miss: "how many ... were on the front" asks no count of the dead."""
    text = "Asked how many Ukrainian soldiers were on the front, he said 8,000 had been killed."
    assert news(text).claims == []
