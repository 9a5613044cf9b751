"""Claims: "the enemy" as the subject of a verb of harm is the killer, not the one who lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "subject", "category", "count"),
    [
        (
            # a transcript turn: the labelled ombudsman is Ukraine's
            "LUBINETS: The enemy has killed thirty-seven civilians in the region since Monday.",
            "UKR",
            "killed",
            "37",
        ),
        (
            # reported speech, the invaders named by another enemy word
            "Zelensky said the occupiers had killed more than 9,000 civilians since 2022.",
            "UKR",
            "killed",
            "more than 9,000",
        ),
        (
            # a Russian teller: the enemy's shelling wounds Russia's people
            "Russia's defence ministry said enemy shelling had wounded 23 civilians in "
            "Belgorod this week.",
            "RUS",
            "wounded",
            "23",
        ),
    ],
)
def test_enemy_harming_counts_the_tellers_people(
    news: News, found: Found, text: str, subject: str, category: str, count: str
) -> None:
    assert found(news(text)) == {(subject, category, Count.parse(count))}


def test_enemy_harming_with_no_sided_teller_is_refused(news: News) -> None:
    # whose "enemy" it is goes unsaid: no side is guessed
    result = news("The enemy has killed 42 civilians in the region this month, the paper said.")
    assert result.claims == []


def test_enemy_losing_keeps_its_reading(news: News, found: Found) -> None:
    # near-miss: "the enemy lost" counts the enemy's own losses
    text = "The enemy lost 1,120 troops in the past day, Ukraine's general staff said."
    assert found(news(text)) == {("RUS", "total_losses", Count.parse("1,120"))}


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=90_000).filter(lambda n: not 1800 <= n <= 2100))
def test_enemy_killed_is_never_the_enemys_loss(news: News, found: Found, n: int) -> None:
    text = f"Lubinets said the enemy had killed {n:,} civilians in the south."
    assert found(news(text)) == {("UKR", "killed", Count.parse(f"{n:,}"))}
