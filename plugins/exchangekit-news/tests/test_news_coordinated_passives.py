"""A second passive clause joined by a bare "and": "... to Ukraine and 24 were returned to Russia".

Remains reporting gives the two directions of a handover as two passives with no
comma between them. The passive after the second figure is that figure's own verb,
so its destination, not the first clause's, is where the people went.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


@given(
    many=st.integers(min_value=300, max_value=1500),
    few=st.integers(min_value=2, max_value=99),
    verb=st.sampled_from(["returned", "handed over", "transferred"]),
)
@settings(max_examples=12, deadline=None)
def test_news_the_second_passive_sends_its_figure_the_other_way(
    news: News, many: int, few: int, verb: str
) -> None:
    text = (
        f"On Tuesday, {many:,} bodies were handed over to Ukraine and {few} were {verb} to Russia."
    )
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("RUS", "UKR", "remains", f"{many:,}") in legs
    assert ("UKR", "RUS", "remains", str(few)) in legs
    # never the small figure sent the first clause's way
    assert ("RUS", "UKR", "remains", str(few)) not in legs


def test_news_a_second_passive_between_capitals(news: News) -> None:
    # harder: the capitals name the sides, and a speaker closes the sentence
    text = (
        "On Tuesday 909 bodies were transferred to Kyiv and 41 were returned to Moscow, "
        "officials said."
    )
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert {(s, r, k) for s, r, k, _ in legs} == {
        ("RUS", "UKR", "remains"),
        ("UKR", "RUS", "remains"),
    }
    assert ("UKR", "RUS", "remains", "41") in legs


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the second clause's passive is still to come
        "On Tuesday, 1,000 bodies were handed over to Ukraine and 24 were to be returned "
        "to Russia later.",
    ],
)
def test_news_a_second_passive_still_to_come_sends_nothing(news: News, text: str) -> None:
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("RUS", "UKR", "remains", "1,000") in legs
    assert not any(count == "24" for *_, count in legs)
