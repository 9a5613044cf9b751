"""A loss told for the year so far: a toll from 1 January to the day it is told.

"Kyiv says Moscow has lost 250,000 soldiers so far this year" counts that year's losses
up to the day of telling: dated to that day and covering the span from the year's start
(``ClaimScope.PERIOD``). Read as the year with the war's start before it, it would print
250,000 as every loss since 2022, to the year's end. "So far" and the present perfect
reach to the day of telling; "by June", "had lost" and the war's own totals keep their
reading, and a year that does not hold the day of telling gives no span to state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ClaimScope, Count, Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 23)
_SO_FAR = Period.between(date(2025, 1, 1), _PUBLISHED)


def _claims(result: Any, n: int) -> list[Any]:
    return [c for c in result.claims if c.count == Count.exact(n)]


@settings(max_examples=30, deadline=None)
@given(
    form=st.sampled_from(
        [
            "Kyiv's army chief said Moscow has lost {n} soldiers so far this year.",
            "Moscow has lost {n} soldiers so far in 2025, Kyiv's army chief said.",
            "Moscow lost {n} soldiers this year, according to Kyiv's army chief.",
            "Moscow has lost {n} soldiers in 2025, Kyiv's army chief said.",
            "So far this year, {n} Russian soldiers have been killed, Kyiv's army chief said.",
        ]
    ),
    n=st.integers(10, 500).map(lambda k: k * 1000),
)
def test_news_a_toll_for_the_year_so_far_runs_to_the_day_told(
    news: News, form: str, n: int
) -> None:
    found = _claims(news(form.format(n=f"{n:,}"), published=_PUBLISHED), n)
    assert [(c.as_of, c.covers, c.scope) for c in found] == [
        (Period.day(_PUBLISHED), _SO_FAR, ClaimScope.PERIOD)
    ]


def test_news_the_year_so_far_ends_on_the_day_of_saying(news: News) -> None:
    text = (
        "Kyiv's army chief said on Monday that Moscow has lost 260,000 soldiers so far this year."
    )
    monday = date(2025, 10, 20)
    found = _claims(news(text, published=_PUBLISHED), 260_000)
    assert [(c.as_of, c.covers, c.scope) for c in found] == [
        (Period.day(monday), Period.between(date(2025, 1, 1), monday), ClaimScope.PERIOD)
    ]


def test_news_a_perfect_in_a_year_not_the_telling_one_is_refused(news: News) -> None:
    """The near miss: "has lost ... in 2024" told in 2025 has no year-to-date span."""
    text = "Moscow has lost 410,000 soldiers in 2024, Kyiv's army chief said."
    assert _claims(news(text, published=_PUBLISHED), 410_000) == []


def test_news_by_a_month_stays_a_running_total(news: News) -> None:
    """The near miss: "by June" says when a total since the war began stood."""
    text = "Moscow had lost 900,000 soldiers by June, Kyiv's army chief said."
    found = _claims(news(text, published=_PUBLISHED), 900_000)
    assert [(c.as_of, c.scope) for c in found] == [(Period.month(2025, 6), ClaimScope.CUMULATIVE)]


def test_news_since_the_invasion_stays_the_wars_total(news: News) -> None:
    """The near miss: a toll since the invasion is the war's, this year or not."""
    text = "Moscow has lost 1,080,000 soldiers since the invasion began, Kyiv's army chief said."
    found = _claims(news(text, published=_PUBLISHED), 1_080_000)
    assert [(c.covers.start, c.scope) for c in found] == [
        (date(2022, 2, 24), ClaimScope.CUMULATIVE)
    ]


def test_news_a_past_year_told_in_stays_that_years_toll(news: News) -> None:
    """The near miss: "lost ... in 2024" is the whole of that year, already read so."""
    text = "Moscow lost 420,000 soldiers in 2024, Kyiv's army chief said."
    found = _claims(news(text, published=_PUBLISHED), 420_000)
    assert [(c.as_of, c.scope) for c in found] == [(Period.year(2024), ClaimScope.PERIOD)]
