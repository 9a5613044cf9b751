"""A loss told over "recent weeks" or "the past few days": no date bounds it, so no claim.

"In recent weeks, 70,000 Russian soldiers have been killed" counts a span of late the
text does not bound. Read as of the day of writing, it would print a few weeks' toll as
every loss since 2022; no date can say "recent weeks" either, so the claim is refused.
A phrase that dates a statement ("has said in recent weeks that ...") still dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ClaimScope, Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 23)


@settings(max_examples=25, deadline=None)
@given(
    form=st.sampled_from(
        [
            "In recent {unit}, {n} Russian soldiers have been killed, Kyiv said.",
            "Russia lost {n} troops over the past few {unit}, Ukraine's army said.",
            "Ukraine's army said {n} Russian soldiers died in recent {unit}.",
            "During the last few {unit}, Russia suffered {n} casualties, Kyiv said.",
        ]
    ),
    unit=st.sampled_from(["days", "weeks", "months"]),
    n=st.integers(2, 90).map(lambda k: k * 1000),
)
def test_news_a_loss_over_an_unbounded_recent_span_is_no_claim(
    news: News, form: str, unit: str, n: int
) -> None:
    text = form.format(n=f"{n:,}", unit=unit)
    found = news(text, published=_PUBLISHED).claims
    assert [c for c in found if c.count == Count.exact(n)] == []


def test_news_recent_weeks_dating_a_statement_keep_the_total(news: News) -> None:
    """The near misses: the phrase dates the telling, and the total is the war's."""
    for text in (
        "Kyiv has said in recent weeks that Russia has lost 1,000,000 troops.",
        "In recent weeks, Kyiv said Russia had lost 1,000,000 troops since the invasion.",
    ):
        found = news(text, published=_PUBLISHED).claims
        assert [(c.count, c.scope) for c in found] == [
            (Count.exact(1_000_000), ClaimScope.CUMULATIVE)
        ], text
