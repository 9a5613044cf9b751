"""A source named again as "the ... cited above": its figures share its earlier date.

"A report by a London institute published in May put Russian losses at 900,000. ...
The London report cited above put Ukrainian losses at about 400,000": the words
before "cited above" ("london", "report") stood in an earlier sentence with claims,
so the new figure is as of that report's month, not the day of the story. A source
whose words were not told before ("the Paris report mentioned earlier") keeps the
story's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 7, 8)
_MONTHS = ["January", "February", "March", "April", "May", "June"]


def _dated(result: Any, n: int) -> set[str]:
    return {c.as_of.format() for c in result.claims if c.count == Count.exact(n)}


@settings(max_examples=20, deadline=None)
@given(
    month=st.integers(1, 6),
    back=st.sampled_from(["cited above", "mentioned earlier", "quoted above"]),
    between=st.sampled_from(
        ["", " Kyiv said on Monday that 60,000 Ukrainian soldiers were missing."]
    ),
    n=st.integers(200, 500).map(lambda k: k * 1000),
)
def test_news_a_source_cited_above_keeps_its_date(
    news: News, month: int, back: str, between: str, n: int
) -> None:
    text = (
        f"A report by a London institute published in {_MONTHS[month - 1]} estimated that "
        f"Russia had lost 900,000 soldiers.{between} The London report {back} put Ukrainian "
        f"losses at {n:,}."
    )
    assert _dated(news(text, published=_PUBLISHED), n) == {f"2025-{month:02d}"}


def test_news_a_source_not_told_before_takes_the_storys_day(news: News) -> None:
    """The near miss: no earlier sentence named a Paris report."""
    text = (
        "A report by a London institute published in May estimated that Russia had lost "
        "900,000 soldiers. The Paris report mentioned earlier put Ukrainian losses at 400,000."
    )
    assert _dated(news(text, published=_PUBLISHED), 400_000) == {"2025-07-08"}
