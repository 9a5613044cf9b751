"""A season followed by a preposition ("over the winter in three handovers") bounds a total."""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, ExchangeTally


def _tallies(text: str) -> list[ExchangeTally]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 11, 20), publisher="Desk"
    )
    return [i for i in items if isinstance(i, ExchangeTally)]


@pytest.mark.parametrize(
    ("text", "covers"),
    [
        (
            "Altogether 1,240 bodies were handed to Ukraine over the winter in four "
            "repatriations, officials said.",
            "2024-12-01/2025-02-28",
        ),
        (
            "In all, 1,240 bodies were returned to Ukraine during the summer "
            "across five handovers.",
            "2025-06-01/2025-08-31",
        ),
        (
            "Ukraine has recovered 1,240 bodies in total during the spring through "
            "three handovers, the ministry said.",
            "2025-03-01/2025-05-31",
        ),
    ],
)
def test_news_a_season_before_a_preposition_bounds_the_total(text: str, covers: str) -> None:
    (tally,) = _tallies(text)
    assert (tally.receiver.code, tally.count) == ("UKR", Count.parse("1,240"))
    assert str(tally.covers) == covers


def test_news_a_season_naming_a_noun_does_not_bound_the_total() -> None:
    # near-miss: "the spring offensive" names an offensive, not a span of the total
    (tally,) = _tallies(
        "In all, 1,240 bodies have come back to Ukraine since the spring offensive began."
    )
    assert not str(tally.covers).startswith("2025-03-01")


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=2200, max_value=20000),
    st.sampled_from(["in", "with", "across", "after", "through"]),
)
def test_news_the_season_span_holds_whatever_the_count_and_preposition(
    amount: int, preposition: str
) -> None:
    text = (
        f"In total, {amount:,} bodies came back to Ukraine over the winter "
        f"{preposition} several handovers."
    )
    (tally,) = _tallies(text)
    assert tally.count == Count.parse(f"{amount:,}")
    assert str(tally.covers) == "2024-12-01/2025-02-28"
