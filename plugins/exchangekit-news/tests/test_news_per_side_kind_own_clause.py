"""A clause past a semicolon does not change the kind of a bare figure per side.

"another 140 were exchanged on each side; the Ukrainians in that group had been held
since 2022": the figure has no noun of its own, so it is of no one kind, and the clause
after the semicolon, saying something of the people already counted, leaves it so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import PersonCategory


def _kinds(result: Any) -> set[PersonCategory]:
    return {t.category for e in result.exchanges for t in e.transfers}


def test_news_nationality_past_semicolon_keeps_prisoners(news: Callable[..., Any]) -> None:
    result = news(
        "In a prisoner swap on Friday, another 140 were exchanged on each side; "
        "the Ukrainians in that group had been held since 2022."
    )
    assert _kinds(result) == {PersonCategory.OTHER}


def test_news_when_clause_then_semicolon_aside(news: Callable[..., Any]) -> None:
    result = news(
        "The sides traded prisoners on Monday, when 75 went each way; "
        "the Russians among them had been captured near Kursk."
    )
    assert _kinds(result) == {PersonCategory.OTHER}


def test_news_civilians_past_semicolon_still_mix(news: Callable[..., Any]) -> None:
    # near-miss: civilians named past the semicolon may be among those counted
    result = news("In a prisoner swap on Friday, 64 went each way; civilians were among them.")
    assert _kinds(result) == {PersonCategory.OTHER}


def test_news_nationality_in_own_clause_stays_mixed(news: Callable[..., Any]) -> None:
    # near-miss: the nationality stands in the figure's own clause, so no one kind
    result = news(
        "In a prisoner swap on Friday, another 140 were exchanged on each side, "
        "the Ukrainians among them held since 2022."
    )
    assert _kinds(result) == {PersonCategory.OTHER}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=11, max_value=900), st.sampled_from(["Russians", "Ukrainians"]))
def test_news_semicolon_aside_never_changes_the_kind(
    news: Callable[..., Any], n: int, nationals: str
) -> None:
    """Whatever the figure and nationality, an aside past a semicolon keeps the kind."""
    plain = news(f"In a prisoner swap on Friday, {n:,} went each way.")
    aside = news(f"In a prisoner swap on Friday, {n:,} went each way; the {nationals} were tired.")
    assert _kinds(aside) == _kinds(plain) == {PersonCategory.OTHER}
