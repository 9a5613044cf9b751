"""A date in a later clause about losses is that clause's, not the exchange's told before it.

"Two civilians came back from Russia; intelligence puts enemy losses in 2025 at ...":
the semicolon (or ", and") opens a clause of its own, about casualties, and its year
dates those losses. The exchange told before it has no date of its own, so it takes the
story's day, as it would with no second clause. A later clause about the exchange
itself ("; the swap took place on Friday") still dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Two civilians came back home from Russia; intelligence assesses enemy losses in 2025.",
        "Ukraine brought home 12 prisoners of war, and officials said Russian losses in May "
        "were the heaviest of the war.",
        "Russia handed back 40 soldiers; the General Staff said Russian casualties in "
        "September had been the highest this year.",
        "Kyiv got back 35 civilians from Russia; the number of dead in March 2024 was never "
        "published.",
        "Ukraine brought home 90 prisoners of war; many of them were wounded in May.",
    ],
)
def test_news_a_losses_clause_after_a_semicolon_or_and_does_not_date_the_exchange(
    news: News, text: str
) -> None:
    assert news(text, published=THURSDAY).periods() == {"2025-10-23"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine brought home 90 prisoners of war; the swap took place on Friday.",
        "Ukraine brought home 90 prisoners of war; it happened on Friday.",
    ],
)
def test_news_a_later_clause_about_the_exchange_itself_still_dates_it(
    news: News, text: str
) -> None:
    assert news(text, published=THURSDAY).periods() == {"2025-10-17"}


@given(
    n=st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100),
    month=st.sampled_from(["March", "May", "August", "September"]),
    joiner=st.sampled_from(["; ", ", and "]),
)
def test_news_the_losses_month_never_dates_the_exchange_before_it(
    news: News, n: int, month: str, joiner: str
) -> None:
    text = (
        f"Ukraine got back {n:,} prisoners of war from Russia{joiner}the General Staff said "
        f"Russian losses in {month} were the heaviest so far."
    )
    assert news(text, published=THURSDAY).periods() == {"2025-10-23"}
