"""A second reading of a count that shares the first one's verb and noun.

"Russian losses topped 500,000 in February and 750,000 in June": "and", a bare
number and its own date repeat the claim just told, for a later reading of the same
count. The verb's bound ("topped", "passed": more than) reaches the second number;
each number keeps the date written beside it, never the other's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Claims = Callable[[Any], set[tuple[str, str, str, str]]]
PUBLISHED = date(2025, 6, 12)
MONTHS = ["January", "February", "March", "April", "May"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's General Staff says Russian losses topped 500,000 in February 2024 "
            "and 750,000 in January.",
            {
                ("RUS", "total_losses", "more than 500,000", "2024-02"),
                ("RUS", "total_losses", "more than 750,000", "2025-01"),
            },
        ),
        # a verb of putting: exact readings, the second dated by its own month
        (
            "Kyiv put Russian losses at 600,000 in January and 700,000 in June.",
            {
                ("RUS", "total_losses", "600,000", "2025-01"),
                ("RUS", "total_losses", "700,000", "2025-06"),
            },
        ),
        # the other side, a "by" date, and a speech tag after the pair
        (
            "Moscow says Ukraine's losses exceeded 300,000 by March and 350,000 by June, "
            "the ministry said.",
            {
                ("UKR", "total_losses", "more than 300,000", "2025-03"),
                ("UKR", "total_losses", "more than 350,000", "2025-06"),
            },
        ),
        # days, not months
        (
            "The General Staff said Russian losses passed 200,000 on 3 February and "
            "250,000 on 9 May.",
            {
                ("RUS", "total_losses", "more than 200,000", "2025-02-03"),
                ("RUS", "total_losses", "more than 250,000", "2025-05-09"),
            },
        ),
    ],
)
def test_news_second_dated_figure_repeats_the_claim(
    news: News, dated_claims: Claims, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert dated_claims(news(text, published=PUBLISHED)) == expected


def test_news_a_hedge_of_the_first_figure_is_not_carried_to_the_second(
    news: News, dated_claims: Claims
) -> None:
    """Near miss: "about" may or may not reach the second number, so it is refused."""
    text = "Kyiv put Russian losses at about 600,000 in January and 700,000 in June."
    assert {count for _, _, count, _ in dated_claims(news(text, published=PUBLISHED))} == {
        "around 600,000 [540,000, 660,000]"
    }


def test_news_a_second_figure_with_its_own_noun_is_not_the_count(
    news: News, dated_claims: Claims
) -> None:
    """Near miss: "300 tanks" counts equipment, not the losses told before it."""
    text = "Russian losses topped 500,000 in February, and 300 tanks in March."
    assert {count for _, _, count, _ in dated_claims(news(text, published=PUBLISHED))} == {
        "more than 500,000"
    }


def test_news_a_second_toll_after_a_counted_noun_is_a_toll_of_its_own_month(
    news: News, dated_claims: Claims
) -> None:
    """Two months' tolls, not readings of one count: each is its own month's losses."""
    text = "Kyiv said Russia lost 30,000 soldiers in May and 25,000 in June."
    result = news(text, published=PUBLISHED)
    assert {(count, when) for _, _, count, when in dated_claims(result)} == {
        ("30,000", "2025-05"),
        ("25,000", "2025-06"),
    }
    assert {c.scope.value for c in result.claims} == {"period"}


@settings(max_examples=20, deadline=None)
@given(
    low=st.integers(100, 499).map(lambda k: k * 1000),
    rise=st.integers(1, 400).map(lambda k: k * 1000),
    months=st.lists(st.sampled_from(MONTHS), min_size=2, max_size=2, unique=True),
    verb=st.sampled_from(["topped", "passed", "exceeded", "surpassed"]),
)
def test_news_each_reading_keeps_its_own_month_and_the_verbs_bound(
    news: News, low: int, rise: int, months: list[str], verb: str
) -> None:
    high = low + rise
    text = (
        f"Ukraine's General Staff said Russian losses {verb} {low:,} in {months[0]} "
        f"and {high:,} in {months[1]}."
    )
    got = {(c.count, c.as_of.format()) for c in news(text, published=PUBLISHED).claims}
    number = {m: MONTHS.index(m) + 1 for m in MONTHS}
    assert got == {
        (Count.parse(f"more than {low:,}"), f"2025-{number[months[0]]:02d}"),
        (Count.parse(f"more than {high:,}"), f"2025-{number[months[1]]:02d}"),
    }
