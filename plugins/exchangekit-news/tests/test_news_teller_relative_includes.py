"""A relative clause on a teller saying what its count takes in does not name the count.

"Kyiv's General Staff, which includes the wounded, puts the total at 700,000" after a
sentence on Russian casualties gives another value of that total: the clause tells what
the teller's figure covers, so "wounded" is neither the figure's kind nor "Kyiv's" its
side. Without the clause the same sentence already reads the same way; a loss word that
is the head of the figure ("Russian wounded stand at ...") is still read as it was.
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

_BEFORE = "British intelligence says Russian casualties have passed 650,000."


@pytest.mark.parametrize(
    "teller",
    [
        "Ukraine's General Staff, which includes the wounded,",
        "Ukraine's General Staff, which also includes wounded,",
        "Kyiv's military, which includes the injured,",
        "The Ukrainian army, which now includes the injured,",
        "Ukraine's General Staff",
    ],
)
def test_news_teller_relative_leaves_the_total_told(news: News, found: Found, teller: str) -> None:
    text = f"{_BEFORE} {teller} puts the total at about 700,000."
    assert found(news(text)) == {
        ("RUS", "total_losses", Count.parse("more than 650,000")),
        ("RUS", "total_losses", Count.parse("about 700,000")),
    }


def test_news_loss_head_of_its_own_is_still_read(news: News, found: Found) -> None:
    # near miss: the loss word heads the figure, no relative clause takes it in
    text = "Kyiv says the Russian wounded now number about 400,000."
    assert found(news(text)) == {("RUS", "wounded", Count.parse("about 400,000"))}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=660, max_value=990).map(lambda k: k * 1000),
    taken=st.sampled_from(["the wounded", "wounded", "the injured", "the missing"]),
)
def test_news_teller_relative_never_becomes_the_kind(
    news: News, found: Found, n: int, taken: str
) -> None:
    text = f"{_BEFORE} Ukraine's General Staff, which includes {taken}, puts the total at {n:,}."
    read = found(news(text))
    assert ("RUS", "total_losses", Count.exact(n)) in read
    assert all(count != Count.exact(n) or kind == "total_losses" for _, kind, count in read)
