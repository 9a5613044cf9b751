"""A figure set against another after ", compared with" keeps that phrase's sides to itself.

"Russia has handed back 9,000 bodies since March 2024, compared with 400 that it has
received from Ukraine": the "from Ukraine" tells where the 400 came from, not the 9,000,
which went from Russia to Ukraine as the verb says. Read as the first figure's origin, it
would turn Russia's handing back into Russia's getting back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

PUBLISHED = date(2026, 10, 16)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Russia has handed back more than 9,000 bodies since March 2024, compared "
            "with fewer than 400 that it has received from Ukraine over the same months.",
            "more than 9,000",
        ),
        # harder: a bare compared figure, the phrase's side right after it
        (
            "Russia has returned 20,000 bodies since June 2025, compared with 600 from Ukraine.",
            "20,000",
        ),
        # harder: "compared to", the capital's name, a relative clause without "that"
        (
            "Moscow has returned about 4,300 bodies since January, compared to 250 it got "
            "back from Kyiv.",
            "about 4,300",
        ),
    ],
)
def test_the_compared_figures_from_is_not_the_first_figures(
    news: Any, text: str, count: str
) -> None:
    """The first figure goes from Russia to Ukraine, as the verb says, never the other way."""
    ways = news(text, published=PUBLISHED).tally_keys()
    assert ("UKR", "RUS", Count.parse(count)) not in ways
    assert ("RUS", "UKR", Count.parse(count)) in ways


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # near miss: the first figure's own "to" stands before the comparison
        (
            "Russia has returned 7,500 bodies to Ukraine since June 2025, compared with "
            "300 it received.",
            ("RUS", "UKR", "7,500"),
        ),
        # near miss: the first figure's own "from" stands before the comparison
        (
            "Ukraine has received 9,000 bodies from Russia since March 2024, compared with "
            "400 it has handed back.",
            ("RUS", "UKR", "9,000"),
        ),
    ],
)
def test_near_miss_the_first_figures_own_ways_stay(
    news: Any, text: str, way: tuple[str, str, str]
) -> None:
    """Near miss: a side named in the first figure's own clause still gives its way."""
    sender, receiver, count = way
    assert (sender, receiver, Count.parse(count)) in news(text, published=PUBLISHED).tally_keys()


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2_200, max_value=60_000),
    m=st.integers(min_value=2, max_value=900),
    opener=st.sampled_from(["compared with", "compared to"]),
)
def test_property_a_compared_from_never_turns_the_first_figure(
    news: Any, n: int, m: int, opener: str
) -> None:
    """Whatever the counts, Russia's handing back is never read as Russia's getting back."""
    text = f"Russia has returned {n:,} bodies since May 2025, {opener} {m:,} it got from Ukraine."
    ways = news(text, published=PUBLISHED).tally_keys()
    assert ("UKR", "RUS", Count.parse(f"{n:,}")) not in ways
