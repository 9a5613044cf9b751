"""Losses in a "where" clause set off after a named sector are that sector's share.

"The fiercest fighting is in the Pokrovsk direction, where the General Staff said Russian
forces had lost 310 soldiers over the past day": the relative clause tells what happened
in the sector, so the figure is no side's claim. A "where" clause after the figure, or
after a place that is no named sector, leaves the figure standing.
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


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's heaviest losses are in the Kupiansk direction, where the Russian ministry said "
        "Ukrainian units had lost up to 160 servicemen in the past day.",
        "The worst of it is on the Siversk axis, where, Kyiv said, Russian forces lost 190 men "
        "killed and wounded in the past 24 hours.",
        "The fiercest fighting is in the Pokrovsk direction, where the General Staff said "
        "Russian forces had lost 310 soldiers over the past day.",
        "The sharpest fighting was in the Toretsk direction, where the General Staff said "
        "Russian troops had made 40 attacks and lost 270 soldiers over the past day.",
    ],
)
def test_news_losses_in_a_sectors_where_clause_are_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the "where" clause comes after the figure and names no losses
        "Russian forces lost 1,150 soldiers over the past day, the General Staff said, most "
        "of them in Donetsk region, where fighting was heaviest.",
        "Russian forces lost 1,150 soldiers over the past day in Bakhmut, where fighting was "
        "heaviest, the General Staff said.",
    ],
)
def test_news_a_where_clause_after_the_figure_leaves_the_claim(
    news: News, found: Found, text: str
) -> None:
    assert found(news(text)) == {("RUS", "total_losses", Count.parse("1,150"))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=5, max_value=1_700),
    sector=st.sampled_from(["Pokrovsk direction", "Kurakhove axis", "Huliaipole sector"]),
)
def test_news_a_sectors_where_clause_never_gives_a_claim(news: News, n: int, sector: str) -> None:
    text = (
        f"The heaviest fighting is in the {sector}, where Kyiv said Russian forces had lost "
        f"{n:,} soldiers over the past day."
    )
    assert news(text).claims == []
