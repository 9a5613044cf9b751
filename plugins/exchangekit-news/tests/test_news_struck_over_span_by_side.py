"""People killed "by" one side's attacks over a span are the other side's.

"Since the invasion, 480 children have been killed by Russian strikes": a running
count of people harmed by attacks, with no place or nationality of their own, is the
other side's of the attacker named after the verb. One attack's toll stays no claim,
and attacks of no side name none. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


def test_news_children_killed_by_a_sides_attacks_since(news: News, found: Found) -> None:
    text = (
        "The prosecutor general said that 480 children had been killed by Russian strikes "
        "since the start of the war and more than 1,300 wounded."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(480)),
        ("UKR", "wounded", Count.more_than(1_300)),
    }


def test_news_attacks_of_no_side_name_no_side(news: News, found: Found) -> None:
    # near miss: shelling by no one named leaves whose people they are unsaid
    text = "The prosecutor general said that 480 children had been killed by shelling since 2022."
    assert found(news(text)) == set()


def test_news_one_attack_by_a_side_stays_no_claim(news: News, found: Found) -> None:
    # near miss: one attack's toll is news of that attack, not a count of losses
    text = "Four people were killed by a Russian drone on Sunday night, the mayor said."
    assert found(news(text)) == set()


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=20, max_value=9_000), st.sampled_from(["Russian", "Ukrainian"]))
def test_news_the_attackers_other_side_counts_the_dead(
    news: News, found: Found, n: int, attacker: str
) -> None:
    text = f"Officials said that {n:,} civilians had been killed by {attacker} attacks since 2022."
    harmed = "UKR" if attacker == "Russian" else "RUS"
    assert {(s, c) for s, _, c in found(news(text))} == {(harmed, Count.exact(n))}
