"""A turn's question of how many are "in Russian hands" asks a count of captives.

"Hands" after "in" is a state of being held, not the verb of handing people over; the
question asks the side's captured, and the next speaker's bare figure answers it. A
question of how many were handed over asks of people moved, which no claim answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

PEOPLE = {"Ukrainians": ("UKR", "Russian"), "Russians": ("RUS", "Ukrainian")}


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(sorted(PEOPLE)),
    st.sampled_from(["still in", "now in", "in"]),
    st.integers(min_value=2, max_value=90).map(lambda k: k * 100),
)
def test_news_a_figure_answering_how_many_are_in_a_sides_hands_is_captured(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    people: str,
    where: str,
    amount: int,
) -> None:
    side, holder = PEOPLE[people]
    text = (
        f"HOST: How many {people} are {where} {holder} hands?\n\n"
        f"GUEST: We think about {amount:,}.\n"
    )
    assert found(news(text)) == {(side, "captured", Count.approx(amount))}


def test_news_an_answer_to_a_question_in_enemy_hands_keeps_the_asked_side(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # harder: the people are soldiers and the holder an adjective of the enemy's side
    text = (
        "PRESENTER: And how many Ukrainian soldiers remain in Russian hands today?\n\n"
        "ANALYST: Well, I would say more than 6,000.\n"
    )
    assert found(news(text)) == {("UKR", "captured", Count.more_than(6_000))}


def test_news_a_question_of_how_many_were_handed_over_asks_no_captives(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: "handed" is the verb of moving people, and its answer is no claim
    text = (
        "HOST: How many Ukrainians were handed over by Russian forces?\n\n"
        "GUEST: We think about 300.\n"
    )
    assert found(news(text)) == set()
