"""A side's figure in one clause does not make the count past a semicolon that side's.

"Kyiv's estimate is contested; the best-documented count of the dead is below 90,000":
the second clause sets a count of its own against the side's figure. The side owns
(and tells) the figure of its own clause, not the dead the other count numbers, so
no claim of that side's dead is read. A participle joined by a hyphen ("best-documented",
"widely-reported") is an adjective, not a verb of saying with the side as its subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

NAMES = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Kyiv's estimate is contested; the best-documented count of the dead is below 90,000.",
            "UKR",
        ),
        (
            "Moscow's figure is disputed; the well-documented tally of deaths stands near 60,000.",
            "RUS",
        ),
        # harder: a verb of saying in the second clause, its subject a noun of no side
        ("Kyiv's number is doubted; an oft-cited estimate puts the dead at 70,000.", "UKR"),
        (
            "Moscow's estimate is contested; the most reliable count of the dead is about 90,000.",
            "RUS",
        ),
    ],
)
def test_news_a_count_past_a_semicolon_is_not_the_named_sides_dead(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    text: str,
    side: str,
) -> None:
    assert not {t for t in found(news(text)) if t[0] == side}


def test_news_a_count_past_a_semicolon_keeps_the_side_the_passage_counts(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    text = (
        "Russian losses have climbed all year. Ukraine's figure is disputed; "
        "the best-documented count of deaths is below 100,000."
    )
    assert not {t for t in found(news(text)) if t[0] == "UKR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side is named in the count's own clause
        (
            "Russia's figure is disputed; the best-documented count of Russian deaths is "
            "below 100,000.",
            ("RUS", "killed", Count.parse("fewer than 100,000")),
        ),
        (
            "Ukraine's estimate puts its own dead at 43,000.",
            ("UKR", "killed", Count.parse("43,000")),
        ),
        # the verb of saying and the figure in one clause, a rival figure past the semicolon
        (
            "Moscow estimates that 5,000 of its soldiers have been killed; Kyiv's estimate is "
            "far higher.",
            ("RUS", "killed", Count.parse("5,000")),
        ),
        (
            "Ukraine's commissioner for missing persons reported that more than 70,000 people "
            "were listed as missing.",
            ("UKR", "missing", Count.parse("more than 70,000")),
        ),
    ],
)
def test_news_a_side_counting_in_its_own_clause_keeps_its_claim(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    text: str,
    expected: tuple[str, str, Count],
) -> None:
    assert found(news(text)) == {expected}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(NAMES)),
    st.sampled_from(["figure", "estimate", "number"]),
    st.sampled_from(["best-documented", "well-documented", "widely-reported"]),
    st.integers(min_value=2_101, max_value=999_000),
)
def test_news_no_count_past_a_semicolon_goes_to_the_side_of_the_first_clause(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    name: str,
    noun: str,
    adjective: str,
    amount: int,
) -> None:
    text = f"{name}'s {noun} is disputed; the {adjective} count of deaths is below {amount:,}."
    assert not {t for t in found(news(text)) if t[0] == NAMES[name]}
