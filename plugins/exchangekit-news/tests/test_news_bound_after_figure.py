"""A bound written after its figure: "40 at most", "60 bodies at least", "120 or more".

English puts a figure's bound before it ("at most 40") or after it ("40 at most",
"120 soldiers or more"); either way the number is a bound, never an exact count.
Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


def test_news_bare_figure_then_at_most(news: News) -> None:
    text = "Ukraine and Russia swapped prisoners on Monday, with Russia receiving 35 at most."
    assert news(text).moved_counts() == {Count.at_most(35)}


def test_news_noun_then_or_more(news: News) -> None:
    text = "Kyiv got back 120 soldiers or more on Tuesday in a swap with Russia."
    assert news(text).moved_counts() == {Count.at_least(120)}


def test_news_bodies_then_at_least(news: News) -> None:
    text = "Russia handed Ukraine 640 bodies at least on Tuesday, Kyiv said."
    assert news(text).moved_counts() == {Count.at_least(640)}


def test_news_claim_then_or_fewer(news: News, found: Found) -> None:
    text = "Russia lost 900 soldiers or fewer in the past day, Moscow's critics said."
    assert {c for *_, c in found(news(text))} == {Count.at_most(900)}


def test_news_bound_before_the_figure_unchanged(news: News) -> None:
    # near miss: the usual order keeps its reading
    text = "Kyiv got back at least 120 soldiers on Tuesday in a swap with Russia."
    assert news(text).moved_counts() == {Count.at_least(120)}


def test_news_plain_figure_stays_exact(news: News) -> None:
    # near miss: "more" of something else after the figure is no bound
    text = "Kyiv got back 120 soldiers on Tuesday, more than in any swap this year."
    assert news(text).moved_counts() == {Count.exact(120)}


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=10, max_value=5_000), st.booleans())
def test_news_a_trailing_bound_is_never_exact(news: News, n: int, most: bool) -> None:
    bound = "at most" if most else "at least"
    text = f"Russia handed Ukraine {n:,} bodies {bound} on Tuesday, Kyiv said."
    expected = Count.at_most(n) if most else Count.at_least(n)
    assert news(text).moved_counts() == {expected}
