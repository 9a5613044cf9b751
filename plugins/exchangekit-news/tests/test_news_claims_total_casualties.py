"""A loss figure whose noun says it counts every kind: "124,000 total casualties".

"total" or "overall" right before "casualties" or "losses" keeps the figure a
count of people lost, so it is a claim of total losses, with a range kept whole and
its part ("including 20,000 killed") read beside it. Without the noun it stays no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=40, max_value=90),
    st.sampled_from(["total", "overall"]),
)
def test_news_total_casualties_range_is_a_total_loss_claim(
    news: Callable[..., Any], found: Callable[[Any], Any], low: int, word: str
) -> None:
    high = low + 30
    result = news(
        f"An assessment seen by reporters estimates that Russia has suffered between"
        f" {low},000 and {high},000 {word} casualties since the invasion."
    )
    assert found(result) == {("RUS", "total_losses", Count.parse(f"{low},000–{high},000"))}


def test_news_total_casualties_with_its_killed_part(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # the harder form: the side set before the verb, a range with "to", and a part of it
    result = news(
        "For Ukraine, the same document gives 61,000 to 66,000 overall casualties,"
        " including 9,000 to 11,000 killed."
    )
    assert found(result) == {
        ("UKR", "total_losses", Count.parse("61,000–66,000")),
        ("UKR", "killed", Count.parse("9,000–11,000")),
    }


def test_news_total_casualties_given_to_a_side_is_no_handover(
    news: Callable[..., Any],
) -> None:
    # near miss: "gives Ukraine N total casualties" moves no one; it was read as a return
    result = news("The document gives Ukraine 61,000 to 66,000 total casualties.")
    assert result.exchanges == []


def test_news_a_total_of_things_is_no_claim(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: "total" before a noun of things counts no people
    assert (
        found(news("Russia lost 3,000 total vehicles in the offensive, the analysts said."))
        == set()
    )


def test_news_combined_casualties_name_no_one_side(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: "combined" sums both sides' losses, so neither side is given the figure
    result = news("Russia and Ukraine have suffered 500,000 combined casualties, analysts say.")
    assert found(result) == set()


def test_news_total_casualties_of_the_enemy_are_not_the_tellers(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: the sentence says the count is of the enemy's losses, so the side that
    # reports it is not the side that lost them (no side is guessed)
    result = news(
        "Kyiv announced 1,240 overall casualties on Tuesday in its morning tally of the"
        " occupiers' losses.",
        unresolved="skip",
    )
    assert found(result) == set()
    # without a word of the enemy, a government's count of no stated side is its own
    own = news("Kyiv announced 1,240 overall casualties on Tuesday, the army said.")
    assert {(s, c) for s, c, _ in found(own)} == {("UKR", "total_losses")}
