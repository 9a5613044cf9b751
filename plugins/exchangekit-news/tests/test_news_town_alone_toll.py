"""A toll a town "alone" accounts for is the town's share of a larger toll, not a claim.

"In the city of Dnipro alone, drones and shells killed 18 civilians": "alone" sets the
town apart as a part of the toll the report gives for the whole country, and a local
count is no side's claim. The town without "alone", or a figure in another clause than
the town's, is read as before; a region "alone" over a running span stays a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]
_DAY = date(2024, 11, 11)
_NATIONAL = "Monitors verified that at least 210 civilians were killed in Ukraine in October. "
_WHOLE = ("UKR", "killed", Count.at_least(210))


@pytest.mark.parametrize(
    "town",
    [
        "In the city of Dnipro alone, drones and shells killed 18 civilians.",
        "Missiles killed 18 civilians in the town of Pokrovsk alone, the monitors said.",
        "In the city of Kryvyi Rih alone, bombs and rockets killed 18 civilians last month.",
    ],
)
def test_news_a_town_alone_is_no_claim(news: News, found: Found, town: str) -> None:
    """The national toll is the claim; the town's share of it is not."""
    assert found(news(_NATIONAL + town, published=_DAY)) == {_WHOLE}


def test_news_a_region_alone_over_a_span_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: a region (not a town) "alone" over a running span is still a claim."""
    text = (
        "In the Belgorod region alone, Russian forces suffered more than 30,000 casualties "
        "since May, the ministry said."
    )
    assert found(news(text, published=_DAY)) == {("RUS", "total_losses", Count.more_than(30_000))}


@given(n=st.integers(min_value=2, max_value=900), town=st.sampled_from(["Sumy", "Odesa", "Izium"]))
def test_news_a_town_alone_is_never_a_claim(news: News, found: Found, n: int, town: str) -> None:
    """Whatever the number and the town, its share is no claim."""
    text = _NATIONAL + f"In the city of {town} alone, shells and missiles killed {n:,} civilians."
    assert found(news(text, published=_DAY)) == {_WHOLE}
