"""The second half of a handover told with only its side and number goes the other way.

"Kyiv took back 1,180 bodies in April, and Moscow 31": the verb and the noun are left out
of the clause that keeps only its subject, also when a bare comma joins it ("Ukraine got
back 900 bodies on 2 May, Russia 22"). A day right after the gapped number is that
clause's own; a start there ("31 since May") leaves it unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_gapped_after_a_bare_comma(news: Callable[..., Any]) -> None:
    legs = news("Ukraine got back 900 bodies on 2 May, Russia 22.").legs_by_category_with_period()
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("22"), "2025-05-02") in legs


def test_news_gapped_over_the_same_period(news: Callable[..., Any]) -> None:
    legs = news(
        "Kyiv took back 1,180 bodies in April, and Moscow 31 over the same period."
    ).legs_by_category_with_period()
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("31"), "2025-04") in legs


def test_news_gapped_with_a_day_of_its_own(news: Callable[..., Any]) -> None:
    legs = news(
        "Kyiv took back 1,180 bodies on 3 April, and Moscow 31 on 9 May."
    ).legs_by_category_with_period()
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("1,180"), "2025-04-03") in legs
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("31"), "2025-05-09") in legs


def test_news_gapped_with_a_start_is_unread(news: Callable[..., Any]) -> None:
    # near-miss: "since May" makes the 31 a running count from a start, not this handover
    legs = news(
        "Kyiv took back 1,180 bodies on 3 April, and Moscow 31 since May."
    ).legs_by_category_with_period()
    assert legs == [("RUS", "UKR", PersonCategory.REMAINS, Count.parse("1,180"), "2025-04-03")]


def test_news_comma_before_a_side_that_speaks_is_no_gap(news: Callable[..., Any]) -> None:
    # near-miss: a side followed by a verb has a clause of its own
    legs = news("Ukraine got back 900 bodies on 2 May, Russia said.").legs_by_category_with_period()
    assert legs == [("RUS", "UKR", PersonCategory.REMAINS, Count.parse("900"), "2025-05-02")]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2, max_value=1_700), st.sampled_from([", and", ",", " and"]))
def test_news_gapped_any_figure(news: Callable[..., Any], n: int, joiner: str) -> None:
    """Whatever the figure and joiner, the gapped side sends the other way on its own day."""
    legs = news(
        f"Kyiv took back 2,000 bodies on 3 April{joiner} Moscow {n:,} on 9 May."
    ).legs_by_category_with_period()
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse(f"{n:,}"), "2025-05-09") in legs
