"""A bare "the number" later in a sentence is the running total its first clause told."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2025, 11, 4)


def _values(result: Any) -> dict[str, tuple[str, str, str]]:
    return {str(t.count): (t.receiver.code, t.category.value, str(t.as_of)) for t in result.tallies}


def test_news_the_number_grown_after_a_semicolon_is_the_same_total(news: News) -> None:
    result = news(
        "The ombudsman said 4,120 Ukrainians had been freed since 2022; after the "
        "latest exchange the number had grown to 4,390.",
        published=_PUBLISHED,
    )
    values = _values(result)
    assert values["4,120"][:2] == ("UKR", "other")
    assert values["4,390"][:2] == ("UKR", "other")


def test_news_the_number_stood_at_on_its_own_date(news: News) -> None:
    result = news(
        "By the end of July, the office said, 4,120 Ukrainians had come home since 2022; "
        "by the end of September the number stood at 4,390.",
        published=_PUBLISHED,
    )
    values = _values(result)
    assert values["4,390"][:2] == ("UKR", "other")
    assert values["4,390"][2].startswith("2025-09")


def test_news_the_number_dated_by_its_saying_not_the_swap_it_counts(news: News) -> None:
    # a harder form: the swap's day as a possessive, the saying day in an aside
    result = news(
        "By the end of July, according to the ombudsman, 4,120 Ukrainians had been freed "
        "since 2022; with Sunday's exchange, the ombudsman said on Monday, the number had "
        "grown to 4,390.",
        published=_PUBLISHED,
    )
    assert _values(result)["4,390"] == ("UKR", "other", "2025-11-03")


def test_news_the_number_of_something_else_is_no_total(news: News) -> None:
    # near miss: "the number of" counts what its own noun says
    result = news(
        "The ombudsman said 4,120 Ukrainians had been freed since 2022; the number of "
        "requests from families had grown to 9,000.",
        published=_PUBLISHED,
    )
    assert "9,000" not in _values(result)


def test_news_the_number_with_no_total_before_is_no_total(news: News) -> None:
    # near miss: no running total told before for "the number" to point back to
    result = news(
        "Officials met the families on Monday; the number had grown to 300 by the evening.",
        published=_PUBLISHED,
    )
    assert not result.tallies
