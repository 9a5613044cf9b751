"""A toll told in a "where" clause after a battle for a named place is that battle's.

"spoke separately about the storming of Vuhledar, where, by his account, some 2,000
Ukrainian soldiers had been killed": the clause tells one place's share of the war,
not a side's count, so neither its dead nor its surrendered are a claim. A "where"
after a plain place of speaking leaves what was said there standing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count


def test_news_battle_where_clause_is_no_claim(news: Callable[..., Any]) -> None:
    """Neither the dead nor the surrendered of one battle are a national figure."""
    text = (
        "The regional commander spoke separately about the storming of Vuhledar, where, "
        "by his account, some 2,000 Ukrainian soldiers had been killed over three weeks "
        "and dozens more had given themselves up."
    )
    assert news(text).claims == []


def test_news_where_after_a_place_of_speaking_still_reads(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """Near miss: "a briefing in Rostov, where he said" is where it was told."""
    text = (
        "The minister spoke after the capture of Vuhledar at a briefing in Rostov, where "
        "he said that Ukraine had lost more than 50,000 servicemen since January."
    )
    assert ("UKR", "total_losses", Count.parse("more than 50,000")) in found(news(text))
