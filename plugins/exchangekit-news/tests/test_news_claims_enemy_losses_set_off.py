"""A figure set off after a clause on "the enemy's losses" counts the teller's enemy.

"The enemy's losses in March were the heaviest of the year, at about 35,000 killed and
wounded, the Russian Defence Ministry said": the figure after ", at" measures the
losses the clause before it named, and "the enemy" is the other side from the teller.
A clause about the enemy's equipment, not its losses, gives no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("teller", "enemy"),
    [
        ("the Russian Defence Ministry said", "UKR"),
        ("Ukraine's General Staff said", "RUS"),
        # harder: the teller as an "according to" phrase
        ("according to Ukraine's General Staff", "RUS"),
    ],
)
def test_news_enemy_losses_set_off_figure_is_the_tellers_enemy(
    news: News, teller: str, enemy: str
) -> None:
    """The set-off figure is a total-losses claim of the teller's enemy."""
    text = (
        "The enemy's losses in March were the heaviest of the year, at about 35,000 "
        f"killed and wounded, {teller}."
    )
    claims = news(text).claims
    assert [(c.subject.code, c.category.value) for c in claims] == [(enemy, "total_losses")]


def test_news_enemy_equipment_set_off_figure_is_no_claim(news: News) -> None:
    """Near miss: the clause names the enemy's tanks, not its losses."""
    text = (
        "The enemy's tanks were the most numerous, at about 350, the Russian Defence Ministry said."
    )
    assert news(text).claims == []


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(5, 90).map(lambda k: k * 1000),
    russian=st.booleans(),
)
def test_news_enemy_losses_never_go_to_the_teller(news: News, count: int, russian: bool) -> None:
    """Whoever tells it, the enemy's losses are never the teller's own side's."""
    teller = "the Russian Defence Ministry said" if russian else "Ukraine's General Staff said"
    text = (
        f"The enemy's losses last month were the heaviest of the war, at more than {count:,} "
        f"killed and wounded, {teller}."
    )
    claims = [(c.subject.code, c.count) for c in news(text).claims]
    assert claims == [("UKR" if russian else "RUS", Count.more_than(count))]
