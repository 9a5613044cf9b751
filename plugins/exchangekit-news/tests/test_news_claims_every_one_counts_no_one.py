"""The "one" of "every one", "each one" or "any one" counts no one.

'"We remember every one of ours in captivity," the president wrote' speaks of all of a
side's captives, one by one: no claim of one person captured. A count told beside it
stays a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        '"We remember every one of ours in captivity," Zelensky wrote.',
        "Kyiv said it had not forgotten any one of ours still in captivity.",
        '"We think of each one of ours in captivity every day," the ombudsman said.',
    ],
)
def test_news_every_one_of_a_sides_captives_is_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


def test_news_a_count_beside_every_one_stays_a_claim(news: News, found: Found) -> None:
    # near miss: the sentence also gives a count, which stays the only claim
    text = (
        '"We remember every one of ours in captivity," Zelensky wrote, adding that 3,500 '
        "Ukrainians were still held in Russia."
    )
    assert found(news(text)) == {("UKR", "captured", Count.parse("3,500"))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100),
    word=st.sampled_from(["every", "each", "any"]),
)
def test_news_every_one_never_adds_a_claim_of_one(news: News, n: int, word: str) -> None:
    text = (
        f'"We remember {word} one of ours in captivity," the president wrote, adding that '
        f"{n:,} Ukrainians were still held in Russia."
    )
    assert Count.parse("1") not in {c.count for c in news(text).claims}
