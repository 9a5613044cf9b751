"""Months listed in an aside between dashes date the aside's counts, not the main clause's.

"With the summer handovers - more than 6,000 in June and about 1,000 in each
of July and August - Ukraine has received over 11,000 bodies this year": the
months share out the aside's own counts, so the 11,000 is the year's total, not
a total over July and August. A live blog's time stamp ("21:00 — ...") opens no
aside, and an aside with no count of its own still dates the figure beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_DECEMBER = date(2025, 12, 13)


def _spans(result: Any) -> dict[Count, str]:
    return {t.count: str(t.covers) for t in result.tallies}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Together with the summer handovers - more than 6,000 in June and about 1,000 "
            "in each of July and August - Ukraine has received over 11,000 bodies this year, "
            "officials say.",
            "more than 11,000",
        ),
        (
            "With the autumn handovers – 900 in each of September and October – Kyiv has "
            "received 9,000 bodies this year.",
            "9,000",
        ),
        (
            "After three summer handovers — about 500 each in June, July and August — "
            "Ukraine has got back 4,000 bodies this year.",
            "4,000",
        ),
    ],
)
def test_news_a_year_total_is_not_summed_over_the_months_of_a_dashed_aside(
    news: News, text: str, count: str
) -> None:
    assert _spans(news(text, published=_DECEMBER)) == {Count.parse(count): "2025-01-01/2025-12-13"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received – in each of July and August – about 1,000 bodies.",
        "Ukraine received about 1,000 bodies - in each of July and August - the ministry said.",
    ],
)
def test_news_an_aside_of_months_alone_still_dates_the_figure_beside_it(
    news: News, text: str
) -> None:
    result = news(text, published=_DECEMBER)
    assert sorted(str(e.period) for e in result.exchanges) == ["2025-07", "2025-08"]


@given(
    n=st.integers(min_value=2, max_value=1_799),
    total=st.integers(min_value=2_101, max_value=50_000),
)
def test_news_the_aside_months_never_span_the_total(news: News, n: int, total: int) -> None:
    text = (
        f"With the autumn handovers – {n:,} in each of September and October – Kyiv has "
        f"received {total:,} bodies this year."
    )
    assert _spans(news(text, published=_DECEMBER)) == {Count.exact(total): "2025-01-01/2025-12-13"}
