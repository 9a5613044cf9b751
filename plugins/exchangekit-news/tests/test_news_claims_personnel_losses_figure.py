"""A figure of "personnel losses", a tally's term for people lost, is a total-losses claim.

"Kyiv's General Staff reported 5,410 Russian personnel losses over the week": the term
counts people killed, wounded and captured together, so the figure is that side's
total losses. Bare "losses" after a figure may count tanks or aircraft as well, and
"tank losses" are equipment: neither is read as people.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 8, 29)
_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(
    count=st.integers(min_value=2200, max_value=99_999),
    side=st.sampled_from([("Russian", "RUS", "Ukraine's"), ("Ukrainian", "UKR", "Russia's")]),
    verb=st.sampled_from(["reported", "counted", "recorded"]),
)
def test_news_personnel_losses_after_a_figure_are_total_losses(
    news: News, found: Found, count: int, side: tuple[str, str, str], verb: str
) -> None:
    adjective, code, teller = side
    text = f"{teller} General Staff {verb} {count:,} {adjective} personnel losses last week."
    assert found(news(text, published=_PUBLISHED)) == {(code, "total_losses", Count.exact(count))}


def test_news_personnel_losses_of_a_side_named_before(news: News, found: Found) -> None:
    """Another form: the side named as the subject of "suffered"."""
    text = "Kyiv said Moscow's forces suffered 1,160 personnel losses on Monday."
    assert found(news(text, published=_PUBLISHED)) == {("RUS", "total_losses", Count.exact(1_160))}


def test_news_bare_losses_or_tank_losses_are_not_read(news: News, found: Found) -> None:
    """The near misses: "losses" alone, and losses of equipment."""
    for text in (
        "Ukraine's General Staff reported 6,420 losses last week.",
        "Ukraine's General Staff reported 6,420 Russian tank losses last week.",
    ):
        assert found(news(text, published=_PUBLISHED)) == set()
