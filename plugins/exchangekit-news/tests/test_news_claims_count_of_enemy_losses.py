"""A side's count of "enemy losses" is the count of its enemy's losses.

"The official Russian figure for enemy losses, published in April, was 500,000": the
adjective names the side that keeps the figure, and "enemy" the side it counts, so
the losses are Ukraine's. Read by the side on the count ("Kyiv's figure for enemy
losses ... stands at") as well, and a count of the kind that registers the one side the
sentence names ("Kyiv's daily count of the enemy's casualties") is still the enemy's,
not the counter's; a count kept by a side with no enemy in the war
("the British estimate of enemy losses") names no loser and is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Moscow's defence ministry rarely explains its numbers. The official Russian "
            "figure for enemy losses, published in April, was 500,000, a total that no one "
            "outside the ministry can check.",
            "UKR",
        ),
        (
            "Kyiv's figure for enemy losses, which it updates each morning, now stands at "
            "about 1,050,000, though it cannot be checked.",
            "RUS",
        ),
        (
            "Kyiv's daily count of the enemy's casualties, which the General Staff posts "
            "every morning, stood at 1,050,000 on Sunday.",
            "RUS",
        ),
    ],
)
def test_news_a_sides_count_of_enemy_losses_is_its_enemys(news: News, text: str, side: str) -> None:
    assert [(subject, kind) for subject, kind, _ in news(text).claim_list()] == [
        (side, "total_losses")
    ]


def test_news_an_outsiders_count_of_enemy_losses_names_no_side(news: News) -> None:
    text = (
        "The British estimate of enemy losses, a defence official said on Monday, was "
        "close to 500,000."
    )
    assert news(text).claim_list() == []


def test_news_a_sides_register_of_its_own_dead_stays_its_own(news: News) -> None:
    text = (
        "Mediazona's count of Russian dead, which lists every soldier by name, stood at "
        "111,000 on Friday."
    )
    assert news(text).claim_list() == [("RUS", "killed", "111,000")]
