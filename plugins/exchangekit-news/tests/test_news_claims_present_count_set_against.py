"""A count told in the present in a "while" clause set against a dated statement.

"London said on Monday that Russia had lost 900,000, while Kyiv puts Russian losses at
about 950,000": the present-tense count holds when the text tells it (the story's day),
not on the day of the statement it is set against. A past verb ("while Kyiv put them
at") or a date of the clause's own keeps the reading it had.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 14)  # a Friday


def _dated(result: Any, n: int) -> set[str]:
    return {c.as_of.format() for c in result.claims if c.count == Count.exact(n)}


@settings(max_examples=20, deadline=None)
@given(
    said=st.sampled_from(["on Tuesday", "this month", "in February"]),
    contrast=st.sampled_from(["while", "whereas"]),
    clause=st.sampled_from(
        [
            "Kyiv's General Staff counts Russian losses at {n}",
            "Ukraine's military puts Russian losses at {n}",
            "Ukraine's General Staff estimates Russian losses at {n}",
        ]
    ),
    n=st.integers(700, 990).map(lambda k: k * 1000),
)
def test_news_a_present_count_after_while_is_current_when_told(
    news: News, said: str, contrast: str, clause: str, n: int
) -> None:
    text = (
        f"Britain's defence ministry said {said} that Russia had suffered 640,000 casualties, "
        f"{contrast} {clause.format(n=f'{n:,}')}."
    )
    assert _dated(news(text, published=_PUBLISHED), n) == {"2025-03-14"}


def test_news_a_past_count_after_while_keeps_the_statements_day(news: News) -> None:
    """The near miss: "put" in the past tells no present count; the reading stays."""
    text = (
        "Britain's defence ministry said on Tuesday that Russia had suffered 640,000 "
        "casualties, while Kyiv put Russian losses at 810,000."
    )
    assert _dated(news(text, published=_PUBLISHED), 810_000) == {"2025-03-11"}


def test_news_a_count_after_while_with_its_own_date_takes_that_date(news: News) -> None:
    """The near miss: the clause's own date, not the story's day."""
    text = (
        "Britain's defence ministry said on Tuesday that Russia had suffered 640,000 "
        "casualties, while Kyiv puts Russian losses at 810,000 as of January."
    )
    assert _dated(news(text, published=_PUBLISHED), 810_000) == {"2025-01"}
