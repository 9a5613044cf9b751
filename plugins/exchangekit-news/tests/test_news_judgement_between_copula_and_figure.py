"""A phrase of judgement set off between a copula and its figure.

"Ukraine's losses are, by most accounts, above 400,000": the phrase between the
commas says on what the figure rests, not what it counts, so the copula before it
still links the figure to the losses named as its subject. Every passage was
written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


def test_news_by_most_accounts_between_copula_and_figure(news: News, found: Found) -> None:
    text = "Ukraine's military losses are, by most accounts, above 400,000."
    assert found(news(text)) == {("UKR", "total_losses", Count.more_than(400_000))}


def test_news_on_the_balance_of_estimates_before_a_range(news: News, found: Found) -> None:
    text = (
        "Russia's casualties since the invasion are, on the balance of published "
        "estimates, probably between 700,000 and 850,000."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.between(700_000, 850_000))}


def test_news_in_our_assessment_before_a_figure(news: News, found: Found) -> None:
    text = "Russia's losses were, in our assessment, close to 500,000 by the spring."
    assert {(s, c) for s, c, _ in found(news(text))} == {("RUS", "total_losses")}


def test_news_a_place_set_off_is_no_judgement(news: News, found: Found) -> None:
    # near miss: a place between the commas is no phrase of judgement, and the figure
    # counts tanks, not people
    text = "Russia's losses are, in the south, more than 900 tanks."
    assert found(news(text)) == set()


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=900).map(lambda n: n * 1_000),
    st.sampled_from(["by most accounts", "on most estimates", "by Kyiv's reckoning"]),
)
def test_news_judgement_aside_keeps_the_figure(
    news: News, found: Found, n: int, judgement: str
) -> None:
    text = f"Russia's losses are, {judgement}, more than {n:,}."
    assert {c for *_, c in found(news(text))} == {Count.more_than(n)}
