"""A strike's toll whose attack is set before it ("As a result of the shelling, ...").

"As a result of Russian shelling, seven people were killed in Kherson on Monday" tells
the same event as "seven people were killed in Russian shelling": one attack's toll,
news of that attack and no side's claim. A cause that is no attack ("as a result of the
war") leaves the figure a claim, and so does a toll counted over a span ("since March").
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


@pytest.mark.parametrize(
    "text",
    [
        "As a result of Russian shelling, seven civilians were killed in Kherson on Monday, "
        "the regional governor said.",
        "In May, as a result of drone strikes by Ukrainian forces on border villages, 6 "
        "civilians were killed and 31 injured in the Bryansk region, the governor said.",
        "Over the past week, as a result of strikes by Russian drones, 14 residents were "
        "wounded in the Sumy region.",
    ],
)
def test_news_toll_after_a_fronted_attack_makes_no_claim(news: News, text: str) -> None:
    """The toll of the attack the clause opens with is no claim of a side's losses."""
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a result of the war, 12,000 civilians have been killed in Ukraine, the UN said.",
            {("UKR", "killed", Count.exact(12_000))},
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
    attack=st.sampled_from(["Russian shelling", "a missile strike", "drone attacks"]),
    city=st.sampled_from(["Kharkiv", "Odesa", "Zaporizhzhia"]),
)
def test_news_fronted_attack_toll_is_never_a_claim(
    news: News, count: int, attack: str, city: str
) -> None:
    """Whatever the count, the attack and the city, the fronted attack's toll is no claim."""
    text = f"As a result of {attack}, {count} civilians were killed in {city} on Tuesday."
    assert news(text).claims == []
