"""When a loss count stands: an update's day before a colon, not another clause's month.

Issue 8, frozen-44: "published an update on Friday: it has now confirmed 175,000"
stands on Friday, not on the newsletter's day; "the count, which stood at 175,000
in October, is a minimum, and analysts believe ... well above 250,000" leaves the
belief current when told, not as of the count's October.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .conftest import Read

PUBLISHED = date(2025, 6, 20)  # a Friday


def _days(read: Read) -> dict[int, str]:
    """The as-of date of each claim, keyed by its lower bound."""
    return {c.count.low: c.as_of.format() for c in read.claims}


def test_news_count_told_after_an_update_and_a_colon_stands_on_its_day(
    news: Callable[..., Read],
) -> None:
    text = (
        "The Kyiv Independent published an update on Tuesday: it has now verified the "
        "names of more than 61,000 Ukrainian soldiers killed."
    )
    assert _days(news(text, published=PUBLISHED)) == {61_001: "2025-06-17"}


def test_news_update_in_a_clause_of_its_own_is_no_date_of_the_count(
    news: Callable[..., Read],
) -> None:
    # ", and" instead of a colon: the count is told in a clause of its own, current now
    text = (
        "The Kyiv Independent published an update on Tuesday, and it has now verified the "
        "names of more than 61,000 Ukrainian soldiers killed."
    )
    assert _days(news(text, published=PUBLISHED)) == {61_001: "2025-06-20"}


def test_news_belief_past_another_counts_month_is_current(news: Callable[..., Read]) -> None:
    text = (
        "The tally by the volunteers, which stood at more than 61,000 named dead in March, "
        "is only a floor, and most researchers believe Ukrainian deaths are well above 90,000."
    )
    assert _days(news(text, published=PUBLISHED))[90_001] == "2025-06-20"


def test_news_month_opening_the_sentence_dates_both_clauses(news: Callable[..., Read]) -> None:
    # the month opens the sentence, before any figure: no other figure's own
    text = (
        "In March, the volunteers' tally stood at more than 61,000 named dead, and most "
        "researchers believe Ukrainian deaths are well above 90,000."
    )
    assert _days(news(text, published=PUBLISHED))[90_001] == "2025-03"
