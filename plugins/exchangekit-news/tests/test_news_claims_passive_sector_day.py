"""A day's losses in one named direction stay that sector's share when told in the passive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "More than 600 Russian soldiers were killed in the Bakhmut direction over the past "
        "day, Kyiv said.",
        "Up to 70 Ukrainian servicemen had been killed in the Kupiansk direction over the "
        "past 24 hours, the ministry said.",
        "Since February, the General Staff said, more than 600 Russian soldiers were killed "
        "in the Bakhmut direction in a single day.",
        "Since the invasion, Kyiv said, Russia had lost more than 900 soldiers in the "
        "Pokrovsk direction in a single day.",
    ],
)
def test_news_passive_day_in_a_direction_is_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


def test_news_passive_national_toll_is_still_a_claim(news: News) -> None:
    """Near miss: no sector named, so the passive toll is the side's own claim."""
    text = "More than 600 Russian soldiers were killed over the past day, Kyiv said."
    assert [str(c.count) for c in news(text).claims] == ["more than 600"]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    aux=st.sampled_from(["were", "had been", "have been"]),
    verb=st.sampled_from(["killed", "wounded", "killed or wounded"]),
)
def test_news_no_passive_sector_day_is_a_claim(news: News, n: int, aux: str, verb: str) -> None:
    text = f"Up to {n:,} Ukrainian servicemen {aux} {verb} in the Lyman direction in a single day."
    assert news(text).claims == []
