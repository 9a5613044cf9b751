"""A side's losses split from their figure by an aside of saying.

"Ukraine's losses, the ministry said, amounted to 4,000 servicemen": the verb
after the aside is the losses' own, so the noun "losses" before the aside still
tells the kind of figure (all losses) and its side.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_SIDES = {
    "Ukraine's": "UKR",
    "Ukrainian": "UKR",
    "Russia's": "RUS",
    "Russian": "RUS",
}
_ASIDES = [
    "the ministry said",
    "officials said",
    "according to the statement",
    "according to the bulletin",
]


def found(read: Any) -> set[tuple[str, str, Count]]:
    """(subject, category, count) of every claim read."""
    return {(c.subject.code, c.category.value, c.count) for c in read.claims}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    side=st.sampled_from(sorted(_SIDES)),
    aside=st.sampled_from(_ASIDES),
    verb=st.sampled_from(["amounted to", "totalled", "came to"]),
    lost=st.integers(min_value=300, max_value=90_000),
)
def test_news_losses_before_an_aside_of_saying_keep_their_side_and_kind(
    news: News, side: str, aside: str, verb: str, lost: int
) -> None:
    text = f"{side} losses, {aside}, {verb} {lost:,} servicemen."
    read = news(text, published=date(2025, 5, 3))
    assert found(read) == {(_SIDES[side], "total_losses", Count.parse(f"{lost:,}"))}


def test_news_losses_of_a_named_force_over_a_span_before_an_aside(news: News) -> None:
    """The harder form: "the losses of <force>" with a span, a sided teller in the aside."""
    text = (
        "The losses of the Russian army over the month, Kyiv's General Staff said, "
        "came to more than 30,000 troops."
    )
    read = news(text, published=date(2025, 5, 3))
    assert found(read) == {("RUS", "total_losses", Count.parse("more than 30,000"))}


@pytest.mark.parametrize(
    "text",
    [
        # the noun before the aside is no loss: reinforcements are not a toll
        "Ukraine's reinforcements, the ministry said, amounted to 9,000 servicemen.",
        # the losses' clause ends before the figure, which counts other people
        "Russian losses, the ministry said, were heavy, and 5,000 troops arrived as "
        "reinforcements.",
    ],
)
def test_news_no_losses_read_across_an_aside_for_another_clause(news: News, text: str) -> None:
    assert news(text, published=date(2025, 5, 3)).claims == []
