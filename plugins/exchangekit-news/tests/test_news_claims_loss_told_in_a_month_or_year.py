"""A loss told *in* a named month or year: that month's or year's toll, not the war's.

"Russia lost 190,000 troops in June" counts the losses of June alone: the claim is dated
to June and covers it (``ClaimScope.PERIOD``). Read as a total since 2022 standing in
June, it would print a month's toll as every loss of the war. "By June", "as of June",
"since June", "so far in 2025", a perfect ("had lost ... in June") and a date of telling
("said in June that") keep their readings.
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
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]


def _claims(result: Any, n: int) -> list[Any]:
    return [c for c in result.claims if c.count == Count.exact(n)]


@settings(max_examples=25, deadline=None)
@given(
    form=st.sampled_from(
        [
            "Ukraine's general staff said Russia lost {n} soldiers in {when}.",
            "Russia lost {n} soldiers in {when}, according to Ukraine's general staff.",
            "In {when}, Russia lost {n} soldiers, Ukraine's general staff said.",
            "Kyiv said on Tuesday that {n} Russian soldiers were killed in {when}.",
            "The general staff said {n} Russian soldiers died during {when}.",
        ]
    ),
    month=st.integers(1, 8),
    n=st.integers(10, 90).map(lambda k: k * 1000),
)
def test_news_a_loss_in_a_named_month_is_that_months_toll(
    news: News, form: str, month: int, n: int
) -> None:
    text = form.format(n=f"{n:,}", when=_MONTHS[month - 1])
    found = _claims(news(text, published=_PUBLISHED), n)
    want = Period.month(2025, month)
    assert [(c.as_of, c.covers, c.scope) for c in found] == [(want, want, ClaimScope.PERIOD)]


@settings(max_examples=20, deadline=None)
@given(year=st.integers(2022, 2024), n=st.integers(50, 450).map(lambda k: k * 1000))
def test_news_a_loss_in_a_named_year_is_that_years_toll(news: News, year: int, n: int) -> None:
    text = f"Britain's defence intelligence said Russian forces lost {n:,} troops in {year}."
    found = _claims(news(text, published=_PUBLISHED), n)
    want = Period.year(year)
    assert [(c.as_of, c.covers, c.scope) for c in found] == [(want, want, ClaimScope.PERIOD)]


def test_news_by_as_of_and_since_a_month_keep_a_running_total(news: News) -> None:
    """The near misses: these tell when a total stood, or from when it runs."""
    texts = {
        "Russia lost 600,000 troops by June, Kyiv said.": 600_000,
        "As of June, Russia had lost 700,000 troops, Kyiv said.": 700_000,
        "Russia had lost 800,000 troops in June, Kyiv said.": 800_000,
        "Russian losses reached 900,000 in June, Kyiv said.": 900_000,
        "Kyiv said in June that Russia lost 500,000 troops.": 500_000,
    }
    for text, n in texts.items():
        found = _claims(news(text, published=_PUBLISHED), n)
        assert [(c.as_of, c.scope) for c in found] == [
            (Period.month(2025, 6), ClaimScope.CUMULATIVE)
        ], text


def test_news_since_a_month_and_so_far_in_a_year_are_not_that_span(news: News) -> None:
    """The near misses: "since June" runs to the day of writing; "so far in" is the year to date."""
    since = _claims(
        news("Russia has lost 90,000 troops since June, Kyiv said.", published=_PUBLISHED), 90_000
    )
    assert [(c.covers, c.scope) for c in since] == [
        (Period.between(date(2025, 6, 1), _PUBLISHED), ClaimScope.CUMULATIVE)
    ]
    so_far = _claims(
        news("Russia has lost 300,000 troops so far in 2025, Kyiv said.", published=_PUBLISHED),
        300_000,
    )
    assert [(c.covers, c.scope) for c in so_far] == [
        (Period.between(date(2025, 1, 1), _PUBLISHED), ClaimScope.PERIOD)
    ]


def test_news_killed_and_wounded_in_a_year_is_that_years_toll(news: News) -> None:
    text = "London said on Monday that Russia suffered 380,000 killed and wounded in 2023."
    found = _claims(news(text, published=_PUBLISHED), 380_000)
    assert [(c.as_of, c.scope) for c in found] == [(Period.year(2023), ClaimScope.PERIOD)]


def test_news_a_month_of_another_clause_is_no_span_of_the_loss(news: News) -> None:
    """The near miss: "when the town fell in May" dates the fall; the count is as told."""
    text = "Kyiv said 3,100 Russian soldiers were killed after the town fell in May."
    found = _claims(news(text, published=_PUBLISHED), 3_100)
    assert [c.scope for c in found] == [ClaimScope.CUMULATIVE]
