"""The day of a deal struck "on the exchange" is the deal's, not the handover's.

"After an agreement was reached on the exchange on Tuesday, 250 prisoners returned home on
Monday": the exchange noun there is what the deal was about, so its day dates the deal and
the handover keeps the day of its own clause. An exchange told done keeps its day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

# published Thursday 23 October 2025: Monday the 20th, Tuesday the 21st, Friday the 17th


def periods(news: News, text: str) -> set[str]:
    """The period of every exchange read in ``text``."""
    return {str(e.period) for e in news(text).exchanges}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "After an agreement was reached on the exchange on Tuesday, 250 Ukrainian "
            "prisoners returned home on Monday.",
            "2025-10-20",
        ),
        (
            "Once a deal was struck on the swap on Wednesday, Russia freed 120 Ukrainian "
            "soldiers on Friday.",
            "2025-10-17",
        ),
        (
            "After the two sides reached an agreement on the exchange on 14 October, Ukraine "
            "received 95 prisoners on 18 October.",
            "2025-10-18",
        ),
    ],
)
def test_handover_keeps_its_own_day(news: News, text: str, period: str) -> None:
    """The handover is dated by its own clause, not by the deal's day."""
    assert periods(news, text) == {period}


def test_deal_day_alone_dates_no_handover(news: News) -> None:
    """With no day of its own, the handover does not take the deal's day."""
    text = (
        "After an agreement was reached on the exchange on Tuesday, 250 Ukrainian "
        "prisoners returned home."
    )
    assert "2025-10-21" not in periods(news, text)


def test_exchange_told_done_keeps_its_day(news: News) -> None:
    """Near miss: an exchange that took place on a day is dated by it."""
    text = "The exchange on Tuesday brought home 250 Ukrainian prisoners, the ministry said."
    assert periods(news, text) == {"2025-10-21"}


@given(
    deal=st.sampled_from(
        [
            "After an agreement was reached on the exchange on",
            "After a deal was struck on the swap on",
            "After the sides reached an accord on the handover on",
        ]
    ),
    days=st.sampled_from([("Tuesday", "Monday", "2025-10-20"), ("Monday", "Friday", "2025-10-17")]),
    n=st.integers(min_value=2, max_value=1500),
)
@settings(max_examples=20, deadline=None)
def test_any_deal_day(news: News, deal: str, days: tuple[str, str, str], n: int) -> None:
    """Whatever the deal's wording, days and size, the handover keeps its own day."""
    deal_day, own_day, period = days
    text = f"{deal} {deal_day}, {n:,} Ukrainian prisoners returned home on {own_day}."
    assert periods(news, text) == {period}
