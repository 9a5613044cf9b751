"""A running count that "reads" or "shows" a figure stands at it: "the tally now shows 4,552".

A count, like a counter or a board, displays its value: "reads" and "shows" link a
running total to its figure as "stands at" does. The side is the teller's, or the
people's named in the count; a count whose side nothing tells is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Kyiv's human rights commissioner said the running total now reads 3,870.",
            ("RUS", "UKR", Count.exact(3870)),
        ),
        (
            "Russia's defence ministry said its running tally of Russians freed since "
            "2022 now shows 3,100.",
            ("UKR", "RUS", Count.exact(3100)),
        ),
        (
            "The number of Ukrainians brought home since the invasion now reads 5,012, "
            "the coordination headquarters said.",
            ("RUS", "UKR", Count.exact(5012)),
        ),
    ],
)
def test_news_count_that_reads_a_figure_is_a_tally(
    news: News, text: str, key: tuple[str, str, Count]
) -> None:
    """The count's reading is the tally of the side it counts for."""
    assert news(text).tally_keys() == {key}


@pytest.mark.parametrize(
    "text",
    [
        "The counter on the ministry's website now reads 3,870.",
        "The video shows 40 Ukrainian prisoners of war in a yard.",
    ],
)
def test_news_reading_without_side_or_count_is_no_tally(news: News, text: str) -> None:
    """Near misses: a counter of no side, and a picture that shows people, give no tally."""
    got = news(text)
    assert not got.tallies
    assert not got.exchanges


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2101, max_value=99_999))
def test_news_count_reads_any_figure(news: News, n: int) -> None:
    """Whatever the figure, the running total that reads it is Ukraine's tally of it."""
    text = f"Kyiv's human rights commissioner said the running total now reads {n:,}."
    assert news(text).tally_keys() == {("RUS", "UKR", Count.exact(n))}
