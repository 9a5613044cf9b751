"""A fronted "In <month> alone," sums every clause after it, the verb joined by "and" too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 11, 2)


def _ways(result: Any) -> set[tuple[str, str, int | None]]:
    return {(t.sender.code, t.receiver.code, t.count.low) for t in result.tallies}


def test_news_fronted_alone_span_makes_both_joined_verbs_totals(news: News) -> None:
    result = news(
        "In August alone, Russia handed over 4,120 bodies and took back 56.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []  # neither figure is one handover
    assert _ways(result) == {("RUS", "UKR", 4120), ("UKR", "RUS", 56)}


def test_news_fronted_alone_span_with_a_speech_aside(news: News) -> None:
    # harder: a speech aside after the span, and the sender told by a pronoun
    result = news(
        "In August alone, Moscow's negotiator said, it transferred 4,120 bodies and received "
        "56 in return.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []
    assert _ways(result) == {("RUS", "UKR", 4120), ("UKR", "RUS", 56)}


def test_news_month_without_alone_stays_two_handovers(news: News) -> None:
    # near miss: "In August," with no "alone" names when, not a sum; left as it was read
    result = news(
        "In August, Russia handed over 4,120 bodies and took back 56.",
        published=_PUBLISHED,
    )
    assert result.tallies == []
    legs = {
        (t.sender.code, t.receiver.code, t.count) for e in result.exchanges for t in e.transfers
    }
    assert legs == {("RUS", "UKR", Count.exact(4120)), ("UKR", "RUS", Count.exact(56))}


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    month=st.sampled_from(["July", "August", "September"]),
    big=st.integers(min_value=1_000, max_value=9_000),
    small=st.integers(min_value=10, max_value=99),
)
def test_news_joined_verb_after_a_fronted_alone_span_is_never_a_handover(
    news: News, month: str, big: int, small: int
) -> None:
    result = news(
        f"In {month} alone, Russia handed over {big:,} bodies and received {small}.",
        published=_PUBLISHED,
    )
    assert result.exchanges == []
    assert _ways(result) == {("RUS", "UKR", big), ("UKR", "RUS", small)}
