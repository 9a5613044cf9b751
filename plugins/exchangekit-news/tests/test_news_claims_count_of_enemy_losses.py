"""A side's count of "enemy losses" is the count of its enemy's losses.

"The official Russian figure for enemy losses, published in April, was 500,000": the
adjective names the side that keeps the figure, and "enemy" the side it counts, so
the losses are Ukraine's. Read by the side on the count ("Kyiv's figure for enemy
losses ... stands at") as well; a count kept by a side with no enemy in the war
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
