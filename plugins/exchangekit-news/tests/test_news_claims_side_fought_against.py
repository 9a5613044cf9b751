"""A side named after "against" is the foe fought, never the side whose losses are told.

"Russian military losses in the war against Ukraine have passed 700,000, Kyiv's
General Staff said": the losses are Russia's, named before the war's foe; the side
after "against" has the figure's verb right after it, but it did not lose them. When
no other side names the losers ("units fighting against Ukraine have lost 9,000"),
nothing is read rather than the foe's side or a guess at its enemy.
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
            "Russian military losses in the war against Ukraine have passed 700,000 "
            "killed and wounded, the Ukrainian General Staff said in its morning update "
            "on Tuesday, a figure Moscow dismisses.",
            "RUS",
        ),
        (
            "Ukrainian casualties in the fighting against Russia, Western officials "
            "believe, have exceeded 400,000, though Kyiv has not confirmed any number.",
            "UKR",
        ),
    ],
)
def test_news_losses_in_a_war_against_a_side_are_the_other_sides(
    news: News, text: str, side: str
) -> None:
    assert [subject for subject, _, _ in news(text).claim_list()] == [side]


def test_news_the_side_fought_against_alone_names_no_losers(news: News) -> None:
    text = (
        "Units fighting against Ukraine in the east have lost more than 9,000 men since "
        "the summer, according to estimates published on Monday."
    )
    assert news(text).claim_list() == []
