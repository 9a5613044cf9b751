"""A figure told "each time" over listed months, then itemised by day after a colon.

"In May and June - each time about 900 bodies one way - Kyiv took back its dead:
on 9 May, 900 came for 20; on 6 June, 905 for 31": the figure of each month sums up
the items after the colon, each opening with a day of its own in that month. It is
no handover besides them, and the items' figures never take the months of the
series (the 20 was not handed over in June too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 10, 1)
OPENING = (
    "Bodies returned this year\n\nThe Kyiv Ledger | Published 1 October 2025\n\n"
    "Russia handed 6,000 bodies to Ukraine in June, and Ukraine gave back 70.\n\n"
)


def _month_legs(read: Any) -> set[tuple[str, str, str]]:
    """The legs dated by a month of September or October alone."""
    return {leg for leg in read.day_receipts() if leg[0] in ("2025-09", "2025-10")}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In September and October - each time with roughly 900 bodies going west and a "
        "handful east - Ukraine recovered its fallen: on 4 September, 900 were handed over "
        "in exchange for 15; on 9 October, 900 again, for 22.",
        "In September and October, Ukraine took back about 900 bodies each time: on 4 "
        "September, 900 were handed over in exchange for 15; on 9 October, 900 more, for 22.",
        "In September and October, about 900 bodies came home each time: on 4 September, "
        "900 were handed over in exchange for 15; in October, on 9 October, 900 more, for 22.",
    ],
)
def test_news_month_series_itemised_by_day_is_no_handover_of_its_own(
    news: Callable[..., Any], paragraph: str
) -> None:
    assert _month_legs(news(OPENING + paragraph, published=PUBLISHED)) == set()


@pytest.mark.parametrize(
    "paragraph",
    [
        # near-miss: no items after the series, which stays a handover a month
        "In September and October, each time with roughly 900 bodies going west, Ukraine "
        "recovered its fallen.",
        # near-miss: the items after the colon are days alone, with no figure of their own
        "In September and October, Ukraine took back about 900 bodies each time: first on "
        "4 September and then on 9 October.",
    ],
)
def test_news_month_series_without_sized_items_keeps_its_months(
    news: Callable[..., Any], paragraph: str
) -> None:
    assert _month_legs(news(OPENING + paragraph, published=PUBLISHED)) == {
        ("2025-09", "UKR", "around 900 [810, 990]"),
        ("2025-10", "UKR", "around 900 [810, 990]"),
    }


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2200, max_value=9000),
    st.integers(min_value=2, max_value=99),
    st.integers(min_value=2, max_value=99),
)
def test_news_item_counter_never_takes_the_series_months(
    news: Callable[..., Any], bodies: int, first: int, second: int
) -> None:
    paragraph = (
        f"In September and October, Ukraine took back about {bodies:,} bodies each time: "
        f"on 4 September, {bodies:,} were handed over in exchange for {first}; "
        f"on 9 October, {bodies:,} more, for {second}."
    )
    read = news(OPENING + paragraph, published=PUBLISHED)
    assert not any(leg[2] in (str(first), str(second)) for leg in _month_legs(read))
