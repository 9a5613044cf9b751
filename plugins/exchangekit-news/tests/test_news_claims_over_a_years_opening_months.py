"""A loss told for a year's opening months: a toll of that span, not of the whole war.

"Russia lost 190,000 troops in the first five months of 2025" counts losses from
January to May 2025: the claim is dated to that span and covers it alone
(``ClaimScope.PERIOD``). Read as May 2025 with the war's start before it, it would
print 190,000 as every loss since 2022, a number no journalist could publish. The
phrase right after a verb of saying dates the telling, and "by the first five months"
says when a total stood: neither is the span's toll. A half or a quarter of a year
("in the first half of 2025", "in the second quarter of 2024") is such a span too.
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
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _claims(result: Any, n: int) -> list[Any]:
    return [c for c in result.claims if c.count == Count.exact(n)]


@settings(max_examples=25, deadline=None)
@given(
    form=st.sampled_from(
        [
            "Ukraine's defence ministry said Russia lost {n} troops in {span}.",
            "Russia lost {n} troops in {span}, Ukraine's defence ministry said.",
            "In {span}, Russia lost {n} troops, Ukraine's defence ministry said.",
            "Ukraine's defence ministry said on Monday that {n} Russian soldiers were killed "
            "in {span}.",
        ]
    ),
    months=st.integers(2, 9),
    year=st.sampled_from([("2024", 2024), ("2025", 2025), ("last year", 2024)]),
    n=st.integers(20, 400).map(lambda k: k * 1000),
)
def test_news_a_toll_over_a_years_opening_months_is_that_span(
    news: News, form: str, months: int, year: tuple[str, int], n: int
) -> None:
    span = f"the first {_WORDS[months]} months of {year[0]}"
    found = _claims(news(form.format(n=f"{n:,}", span=span), published=_PUBLISHED), n)
    want = Period.between(date(year[1], 1, 1), Period.month(year[1], months).end)
    assert [(c.as_of, c.covers, c.scope) for c in found] == [(want, want, ClaimScope.PERIOD)]


def test_news_a_part_of_the_toll_shares_its_span(news: News) -> None:
    text = (
        "Ukraine's defence ministry said Russia lost 150,000 troops in the first four months "
        "of 2025, including 45,000 killed."
    )
    want = Period.between(date(2025, 1, 1), date(2025, 4, 30))
    found = news(text, published=_PUBLISHED).claims
    assert {(c.count, c.as_of, c.scope) for c in found} == {
        (Count.exact(150_000), want, ClaimScope.PERIOD),
        (Count.exact(45_000), want, ClaimScope.PERIOD),
    }


def test_news_by_the_opening_months_is_when_a_total_stood(news: News) -> None:
    """The near miss: "by" the span names when a running total stood, so it stays one."""
    text = "By the first five months of 2025, Russia had lost 900,000 troops, the ministry said."
    found = _claims(news(text, published=_PUBLISHED), 900_000)
    assert [(c.as_of, c.scope) for c in found] == [(Period.month(2025, 5), ClaimScope.CUMULATIVE)]


def test_news_opening_months_after_a_verb_of_saying_date_the_telling(news: News) -> None:
    """The near miss: the phrase after "said" is when it was said; the total is the war's."""
    text = (
        "Kyiv said in the first five months of 2025 that Russia had lost 900,000 troops since "
        "the invasion."
    )
    found = _claims(news(text, published=_PUBLISHED), 900_000)
    assert [c.scope for c in found] == [ClaimScope.CUMULATIVE]


@settings(max_examples=20, deadline=None)
@given(
    part=st.sampled_from(
        [
            ("first half", (1, 1), (6, 30)),
            ("second half", (7, 1), (12, 31)),
            ("first quarter", (1, 1), (3, 31)),
            ("third quarter", (7, 1), (9, 30)),
        ]
    ),
    year=st.integers(2022, 2024),
    n=st.integers(20, 400).map(lambda k: k * 1000),
)
def test_news_a_toll_over_a_half_or_quarter_is_that_span(
    news: News, part: tuple[str, tuple[int, int], tuple[int, int]], year: int, n: int
) -> None:
    text = f"Kyiv said Russia lost {n:,} troops in the {part[0]} of {year}."
    found = _claims(news(text, published=_PUBLISHED), n)
    span = (date(year, *part[1]), date(year, *part[2]))
    assert [(c.as_of.start, c.as_of.end, c.covers.start, c.scope) for c in found] == [
        (*span, span[0], ClaimScope.PERIOD)
    ]
