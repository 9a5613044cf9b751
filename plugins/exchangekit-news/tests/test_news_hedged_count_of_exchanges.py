"""A count of exchanges hedged after its number ("20 or so exchanges") counts no people.

"More than 800 had been brought back through 20 or so exchanges": the hedge after the
number belongs to it, and the noun after the hedge says it counts exchanges, so it is
never read as a running total of people going the other way.
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
_DAY = date(2025, 6, 20)


def _said(n: int, hedge: str) -> str:
    return (
        "Ukraine's ombudsman Dmytro Lubinets said on Monday that since March more than 800 "
        f"had been brought back through {n} {hedge} exchanges."
    )


@pytest.mark.parametrize("hedge", ["or so", ""])
def test_news_exchanges_counted_beside_a_total_are_no_tally(news: News, hedge: str) -> None:
    result = news(_said(20, hedge), published=_DAY)
    assert {t.count for t in result.tallies} == {Count.parse("more than 800")}


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=90))
def test_news_no_hedged_count_of_exchanges_is_a_tally(news: News, n: int) -> None:
    result = news(_said(n, "or so"), published=_DAY)
    assert all(t.count.best != n for t in result.tallies)


def test_news_a_figure_hedged_after_it_keeps_its_hedge(news: News) -> None:
    # near miss: "or so" before people hedges a count of people
    result = news(
        "In 2024 as a whole, Ukraine's headquarters said, 3,000 or so bodies were returned.",
        published=_DAY,
    )
    assert {str(t.count) for t in result.tallies} == {"around 3,000 [2,700, 3,300]"}
