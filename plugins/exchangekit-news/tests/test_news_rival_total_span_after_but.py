"""A span opening a "but" clause makes its figure, and the one set against it, totals.

"Moscow says it has sent back 2,000 bodies, but so far only 1,700 have been received":
"so far" (or "to date", "thus far", "until now") right after "but" opens the clause of
the second count, which says how many have arrived up to now; the first is Moscow's
rival total, never a handover on the report's day, and the two are never summed. A "but"
clause with no span and no other side ("but 1,700 have arrived") stays as it was read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 6, 12)


def _totals(news: News, text: str) -> set[Count]:
    return {t.count for t in news(text, published=THURSDAY).tallies}


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "Russia said it had handed back 4,000 bodies, but so far just 3,100 have arrived.",
            4_000,
        ),
        (
            "Moscow says it has freed 1,800 Ukrainian soldiers, but to date only 1,500 have"
            " come home.",
            1_800,
        ),
        (
            "Kyiv said it had handed over 900 Russian prisoners, but thus far just 640 have"
            " returned to Russia.",
            900,
        ),
        (
            "Russia says it has sent back 2,000 bodies, but until now only 1,700 have been"
            " received.",
            2_000,
        ),
    ],
)
def test_news_figure_before_a_span_after_but_is_a_rival_total(
    news: News, text: str, rival: int
) -> None:
    assert not news(text, published=THURSDAY).moved_counts()
    assert _totals(news, text) == {Count.exact(rival)}


def test_news_dated_handover_before_a_span_after_but_stays_a_handover(news: News) -> None:
    text = "Russia handed back 757 bodies on Friday, but so far only 600 have been identified."
    assert news(text, published=THURSDAY).moved_counts() == {Count.exact(757)}


@settings(max_examples=25, deadline=None)
@given(
    claimed=st.integers(min_value=2_200, max_value=9_000),
    arrived=st.integers(min_value=2_200, max_value=9_000),
)
def test_news_rival_totals_are_never_summed_into_a_handover(
    news: News, claimed: int, arrived: int
) -> None:
    text = (
        f"Russia said it had handed back {claimed:,} bodies, but so far just {arrived:,}"
        " have arrived."
    )
    assert not news(text, published=THURSDAY).moved_counts()
    assert Count.exact(claimed + arrived) not in _totals(news, text)
    assert Count.exact(claimed) in _totals(news, text)
