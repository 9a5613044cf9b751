"""A running-total word in a later clause does not make one attack's toll a running count.

"Drones hit the port city overnight, wounding three people, and the air force said 90
drones were launched in total": the total is the drones', told in a clause of its own,
so the three wounded stay the news of one attack, which is no casualty claim. A total
in the toll's own clause ("..., wounding 300 people in total") still makes
it a running count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones struck the port of Izmail overnight, wounding three people, and the "
        "air force said Russia had launched 90 drones in total.",
        # harder: missiles, two kinds of harm, the total told by another speaker
        "Russian missiles hit Zaporizhzhia overnight, killing two people and injuring 11, "
        "while the air force said 40 missiles had been fired overall.",
    ],
)
def test_news_one_attack_toll_with_a_later_total_is_no_claim(news: News, text: str) -> None:
    """The toll of one night's strike stays no claim when a later clause counts the weapons."""
    assert news(text).claims == []


def test_news_total_in_the_tolls_own_clause_stays_a_running_count(news: News) -> None:
    """Near miss: the total belongs to the toll itself, so the count runs over a span."""
    text = (
        "Russian drones have struck the Odesa region every night since May, "
        "wounding 300 people in total."
    )
    claims = news(text).claims
    assert [(c.category.value, c.count.low) for c in claims] == [("wounded", 300)]


@settings(max_examples=20, deadline=None)
@given(
    hurt=st.integers(2, 40),
    launched=st.integers(50, 400),
    word=st.sampled_from(["in total", "overall", "altogether"]),
)
def test_news_later_total_never_turns_the_toll_into_a_claim(
    news: News, hurt: int, launched: int, word: str
) -> None:
    """Whatever the numbers or the total word, one night's toll gives no claim."""
    text = (
        f"Russian drones struck the Odesa region overnight, injuring {hurt} people, and the "
        f"air force said Russia had launched {launched} drones {word}."
    )
    assert news(text).claims == []
