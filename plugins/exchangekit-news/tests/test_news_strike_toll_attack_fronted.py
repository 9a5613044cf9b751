"""A strike's toll whose attack is set before it ("As a result of the shelling, ...").

"As a result of Russian shelling, seven people were killed in Kherson on Monday" tells
the same event as "seven people were killed in Russian shelling": one attack's toll,
news of that attack and no side's claim. A cause that is no attack ("as a result of the
war") leaves the figure a claim, and so do attacks in the plural and a toll counted over a
span ("since March", "in 2023", "this year").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Any]]]

_RUNNING = " The UN says 12,000 Ukrainian civilians have been killed since 2022."


@pytest.mark.parametrize(
    "text",
    [
        "As a result of Russian shelling, seven civilians were killed in Kherson on Monday, "
        "the regional governor said.",
        "Due to Russian shelling, 11 civilians were wounded in Odesa, officials said.",
        "Because of the shelling, three civilians were killed in Sumy, the regional governor said.",
    ],
)
def test_news_toll_after_a_fronted_attack_makes_no_claim(
    news: News, found: Found, text: str
) -> None:
    """The toll of the attack the clause opens with is no claim; the next sentence's is."""
    assert found(news(text + _RUNNING)) == {("UKR", "killed", Count.exact(12_000))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a result of the war, 12,000 civilians have been killed in Ukraine, the UN said.",
            {("UKR", "killed", Count.exact(12_000))},
        ),
        # attacks in the plural, or a cause over a span, are many attacks
        (
            "As a result of drone attacks over the past month, 250 civilians were killed in "
            "the Kharkiv region, the governor said.",
            {("UKR", "killed", Count.exact(250))},
        ),
        (
            "As a result of Russian shelling in 2023, 1,400 civilians were killed in the "
            "Kherson region, the governor said.",
            {("UKR", "killed", Count.exact(1_400))},
        ),
        (
            "Due to Russian strikes this year, 700 civilians were killed in Zaporizhzhia, the "
            "UN said.",
            {("UKR", "killed", Count.exact(700))},
        ),
        (
            "Since March, as a result of Russian shelling, 31 civilians have been killed in "
            "the Kharkiv region, the governor said.",
            {("UKR", "killed", Count.exact(31))},
        ),
    ],
)
def test_news_fronted_cause_that_is_no_single_attack_stays_a_claim(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    """The war as the cause, or a toll since a date, keeps the figure a claim."""
    assert found(news(text)) == expected


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(2, 400),
    attack=st.sampled_from(["Russian shelling", "a missile strike", "a drone attack"]),
    city=st.sampled_from(["Kharkiv", "Odesa", "Zaporizhzhia"]),
)
def test_news_fronted_attack_toll_is_never_a_claim(
    news: News, found: Found, count: int, attack: str, city: str
) -> None:
    """Whatever the count, the attack and the city, the fronted attack's toll is no claim."""
    text = f"As a result of {attack}, {count:,} civilians were killed in {city} on Tuesday."
    assert found(news(text + _RUNNING)) == {("UKR", "killed", Count.exact(12_000))}
