"""A bare "the General Staff" after a government told of a swap: its "enemy" unknown.

"Kyiv said it had brought home 84 prisoners. The General Staff said the enemy had
lost 1,120 troops": both sides have a general staff that reports losses daily, and
the government heard from before only told of a swap, so whose staff speaks, and
whose "enemy" lost the troops, is a guess: no claim. A general staff whose side is
named, now or before, keeps its enemy's losses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
STAFF = "General Staff of the Armed Forces of Ukraine"


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said it had brought home 84 prisoners. The General Staff said on Monday "
        "that the enemy had lost 1,120 troops over the past day.",
        "Moscow announced that 150 of its soldiers had been returned. Later the General "
        "Staff reported that the enemy lost 760 servicemen in the past 24 hours.",
        "Kyiv said it had brought home 84 prisoners. The General Staff said that the "
        "occupiers had lost 1,120 troops over the past day.",
    ],
)
def test_news_a_bare_general_staff_guessed_from_a_government_names_no_enemy(
    news: News, text: str
) -> None:
    assert news(text).claims_by_claimant() == set()


def test_news_a_general_staff_named_before_keeps_its_enemy(news: News) -> None:
    text = (
        "Ukraine's General Staff said 1,250 Russian troops had been killed in the past day. "
        "On Tuesday the General Staff said the enemy had lost 1,120 troops over the past day."
    )
    assert news(text).claims_by_claimant() == {
        ("RUS", "killed", Count.parse("1,250"), STAFF),
        ("RUS", "total_losses", Count.parse("1,120"), STAFF),
    }


def test_news_a_general_staff_with_its_side_keeps_its_enemy(news: News) -> None:
    text = (
        "Kyiv said it had brought home 84 prisoners. Ukraine's General Staff said on "
        "Monday that the enemy had lost 1,120 troops over the past day."
    )
    assert news(text).claims_by_claimant() == {("RUS", "total_losses", Count.parse("1,120"), STAFF)}


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=2200, max_value=90_000))
def test_news_a_guessed_staff_never_gives_an_enemy_claim(news: News, n: int) -> None:
    text = (
        "Moscow said it had returned 90 prisoners. The General Staff said that the "
        f"enemy had lost {n:,} troops since the spring."
    )
    assert news(text).claims_by_claimant() == set()
