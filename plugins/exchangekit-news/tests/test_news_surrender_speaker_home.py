"""A homecoming of no side is not sent to a side last heard telling only of a surrender.

"Moscow said 1,200 marines laid down their arms. In October, 180 people came home":
the side last heard spoke of the enemy's people giving up, not of its own coming home,
so the parser refuses to guess a home rather than send the 180 to Russia. A speaker
who has since told of a handover is heard as the story's side again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 5, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's defence ministry said 1,200 marines had laid down their arms at the port. "
        "In October, 180 people came home.",
        # harder: no figure of the surrender, the idiom replaced by the verb
        "The Russian defence ministry said the garrison surrendered after a siege of weeks. "
        "In October 2022, 180 people came home.",
    ],
)
def test_surrender_teller_is_no_home(news: News, text: str) -> None:
    assert not any(way[2] == "180" for way in news(text, published=PUBLISHED).ways_as_text())


def test_handover_teller_still_gives_home(news: News) -> None:
    # near-miss: the side last heard told of homecomings, so the later ones are its own
    text = "Kyiv said 50 soldiers came home in January. On 3 May, 25 came home."
    assert ("RUS", "UKR", "25") in news(text, published=PUBLISHED).ways_as_text()


def test_teller_heard_again_after_a_handover(news: News) -> None:
    # the surrender is told first, but the same side then tells of its own coming home
    text = (
        "The Russian defence ministry said 900 marines surrendered at the port. "
        "A month later the Russian defence ministry said 60 of its soldiers had come home "
        "from captivity. In October, 180 people came home."
    )
    assert ("UKR", "RUS", "180") in news(text, published=PUBLISHED).ways_as_text()


@settings(max_examples=15, deadline=None)
@given(
    gave_up=st.integers(min_value=20, max_value=3000),
    home=st.integers(min_value=20, max_value=900),
    idiom=st.sampled_from(["surrendered", "laid down their arms", "had surrendered"]),
    side=st.sampled_from(["Moscow's defence ministry", "Russia's defence ministry"]),
)
def test_no_home_from_a_surrender_teller(
    news: News, gave_up: int, home: int, idiom: str, side: str
) -> None:
    text = (
        f"{side} said {gave_up} fighters {idiom} at the plant. "
        f"In September, {home} people came home."
    )
    assert not any(
        receiver == "RUS" for _, receiver, _ in news(text, published=PUBLISHED).ways_as_text()
    )
