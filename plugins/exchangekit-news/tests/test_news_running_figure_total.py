"""A figure said to run on is a running total: "its cumulative figure since 2022 passed 5,800".

"Cumulative", "running" or "overall" before "figure" make it a count that goes on
adding handovers up, as the same words make "total" one: it is read as the teller's
side's tally. A bare "the figure" keeps its current reading (none), and the words do
not make a loss toll a tally.
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
            "Kyiv's coordination headquarters said its cumulative figure since 2022 "
            "passed 6,200 on 12 September.",
            ("RUS", "UKR", Count.more_than(6200)),
        ),
        (
            "The running figure since the invasion now stands at 4,100, Ukraine's ombudsman said.",
            ("RUS", "UKR", Count.exact(4100)),
        ),
        (
            "Russia's human rights commissioner said the overall figure had risen to 2,950.",
            ("UKR", "RUS", Count.exact(2950)),
        ),
    ],
)
def test_news_running_figure_is_a_tally(news: News, text: str, key: tuple[str, str, Count]) -> None:
    """The running figure is the teller's side's tally, of that count."""
    assert news(text).tally_keys() == {key}


def test_news_running_figure_keeps_a_day_it_names(news: News) -> None:
    """The day the figure passed its mark is the tally's as-of date."""
    (tally,) = news(
        "Kyiv's coordination headquarters said its cumulative figure since 2022 "
        "passed 6,200 on 12 September."
    ).tallies
    assert str(tally.as_of) == "2025-09-12"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's ombudsman said the figure since 2022 stands at 4,100.",
        "The cumulative figure since 2022 stands at 4,100.",
        "The General Staff said its cumulative figure since the invasion had passed 1,000,000.",
    ],
)
def test_news_figure_without_run_or_side_is_no_tally(news: News, text: str) -> None:
    """Near misses: a plain "figure", no teller's side, or a toll give no tally."""
    assert not news(text).tallies


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2101, max_value=99_999))
def test_news_running_figure_reads_any_count(news: News, n: int) -> None:
    """Whatever the figure, the running figure is Ukraine's tally of that count."""
    text = f"The running figure since the invasion now stands at {n:,}, Ukraine's ombudsman said."
    assert news(text).tally_keys() == {("RUS", "UKR", Count.exact(n))}
