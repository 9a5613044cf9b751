"""A side's costliest year named after "was" dates the toll set off by ", with", too.

"Ukraine's costliest year of the fighting was 2023, with some 70,000 soldiers killed":
the year comes last, right before the comma, yet it is still the span of the toll, as
in "2023 was Ukraine's costliest year, with ...". A year compared elsewhere in the
sentence, or no year at all, dates nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
_PUBLISHED = date(2025, 3, 3)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2_101, max_value=500_000),
    year=st.sampled_from(["2022", "2023", "2024"]),
    worst=st.sampled_from(["costliest", "deadliest", "bloodiest"]),
    tail=st.sampled_from(["", " of the war", " of the fighting"]),
)
def test_news_year_after_the_verb_dates_the_toll(
    news: News, n: int, year: str, worst: str, tail: str
) -> None:
    text = f"Analysts said Ukraine's {worst} year{tail} was {year}, with {n:,} soldiers killed."
    claims = news(text, published=_PUBLISHED).claims
    assert [(c.count, str(c.as_of)) for c in claims] == [(Count.parse(f"{n:,}"), year)]


def test_news_no_year_named_leaves_the_toll_current(news: News) -> None:
    """Near miss: "the first" is no year, so the toll is not moved to one."""
    text = (
        "Analysts said Ukraine's deadliest year of the war was the first, with 52,000 "
        "soldiers killed."
    )
    claims = news(text, published=_PUBLISHED).claims
    assert all(not str(c.as_of).startswith(("2022", "2023", "2024")) for c in claims)
