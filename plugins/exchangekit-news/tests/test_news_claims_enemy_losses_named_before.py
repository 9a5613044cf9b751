"""A side's count of "enemy losses" named in one sentence sets up the next total's side.

"Kyiv's General Staff keeps a daily count of enemy losses. It put the total at
1,036,000 on Friday": the teller of a known side counts its enemy's losses, so the
sideless total told next is the other side's, as after "a count of Russian losses".
With no teller of a known side, "enemy" names no one and the total is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

TELLERS = {"Ukraine's General Staff": "RUS", "Russia's defence ministry": "UKR"}


@settings(max_examples=20, deadline=None)
@given(
    teller=st.sampled_from(sorted(TELLERS)),
    topic=st.sampled_from(["enemy losses", 'enemy "personnel losses"', "enemy casualties"]),
    amount=st.integers(min_value=100_000, max_value=1_900_000),
)
def test_news_a_count_of_enemy_losses_gives_the_next_total_the_enemy(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    teller: str,
    topic: str,
    amount: int,
) -> None:
    """Whatever the teller and total, the total after its "enemy losses" is the enemy's."""
    text = f"{teller} keeps a daily count of {topic}. It put the total at {amount:,} on Friday."
    read = news(text)
    enemy = TELLERS[teller]
    assert (enemy, "total_losses", Count.exact(amount)) in found(read)
    assert not read.tallies


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Ukraine's General Staff publishes a daily tally of what it calls enemy "
            '"personnel losses". It put the cumulative total at 998,000 this week.',
            "RUS",
        ),
        (
            "Russia's defence ministry issues a weekly summary of enemy losses. It put "
            "the total at 410,000 on Saturday.",
            "UKR",
        ),
    ],
)
def test_news_a_count_of_enemy_losses_in_other_forms(
    news: Callable[..., Any], text: str, side: str
) -> None:
    claims = news(text).claims
    assert claims
    assert {c.subject.code for c in claims} == {side}


def test_news_enemy_losses_of_no_teller_name_no_side(news: Callable[..., Any]) -> None:
    # near miss: no teller of a known side, so "enemy" names no one
    text = "The blog keeps a daily count of enemy losses. It put the total at 998,000 on Friday."
    assert news(text).claims == []
