"""A teller's figure with only its date set off by commas: "his last figure, from May, was N".

The aside says when the figure was given, as ", given in May," does; the verb after
it and the figure are still the subject's, so the teller's side owns the count and
the set-off month dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]

_PUBLISHED = date(2024, 9, 12)


def _claims(result: Any) -> dict[tuple[str, str, Count], Period]:
    return {(c.subject.code, c.category.value, c.count): c.as_of for c in result.claims}


def test_news_figure_from_month_set_off(news: News) -> None:
    text = (
        "Kyiv says little. President Zelensky's last figure, from May, was 31,000 "
        "soldiers killed and 160,000 wounded."
    )
    read = _claims(news(text, published=_PUBLISHED))
    assert read == {
        ("UKR", "killed", Count.parse("31,000")): Period.month(2024, 5),
        ("UKR", "wounded", Count.parse("160,000")): Period.month(2024, 5),
    }


def test_news_figure_in_month_set_off(news: News) -> None:
    text = "Zelensky's own figure, in July, was 33,500 soldiers killed."
    assert _claims(news(text, published=_PUBLISHED)) == {
        ("UKR", "killed", Count.parse("33,500")): Period.month(2024, 7)
    }


def test_news_figure_on_day_set_off(news: News) -> None:
    text = "Zelensky's latest figure, on August 2, was 35,000 soldiers killed."
    assert _claims(news(text, published=_PUBLISHED)) == {
        ("UKR", "killed", Count.parse("35,000")): Period.day(date(2024, 8, 2))
    }


def test_news_aside_with_more_than_a_date_is_not_skipped(news: News) -> None:
    """Near miss: an aside that says more than a date ("from a speech in Kharkiv") is
    no bare date, so the figure stays unread for want of a side."""
    text = "Zelensky's figure, from a speech in Kharkiv, was 31,000 soldiers killed."
    assert _claims(news(text, published=_PUBLISHED)) == {}


@settings(max_examples=20, deadline=None)
@given(
    killed=st.integers(22, 90).map(lambda k: k * 1000),
    month=st.sampled_from(["March", "April", "May", "June"]),
    word=st.sampled_from(["from", "in"]),
)
def test_news_dated_aside_keeps_the_tellers_side(
    news: News, killed: int, month: str, word: str
) -> None:
    text = f"President Zelensky's last figure, {word} {month}, was {killed:,} soldiers killed."
    read = _claims(news(text, published=_PUBLISHED))
    number = ["March", "April", "May", "June"].index(month) + 3
    assert read == {("UKR", "killed", Count.parse(f"{killed:,}")): Period.month(2024, number)}
