"""A "today" in a later sentence of a quotation is the speaker's today, as in its first.

'"Welcome back! Twelve of our people were returned to Russia today. Thanks to all," the
governor wrote on Saturday': the quotation is said as one, so its today is the day he wrote, not
the day of the report, and the people it restates keep the day of the return told
before; a count of its own is of the day the quotation was said. A "today" after the
quotation has closed is the report's own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
MONDAY = date(2025, 8, 25)
RETURN = "Twelve civilians from the Belgorod region came back from Ukraine on Friday. "


@pytest.mark.parametrize(
    "quotation",
    [
        '"Welcome back! Twelve of our people were returned to Russia today. Thanks to '
        'everyone," the governor wrote on Saturday.',
        'The governor wrote on Saturday: "They are home. Twelve of our compatriots were '
        'brought back to Russia today."',
        "\u201cThey are back. Twelve of our citizens returned to Russia today. Thank you "
        "all,\u201d the governor said in a video on Saturday.",
    ],
)
def test_news_a_today_further_on_in_a_quotation_keeps_the_returns_day(
    news: News, quotation: str
) -> None:
    assert news(RETURN + quotation, published=MONDAY).periods() == {"2025-08-22"}


def test_news_a_new_count_quoted_today_is_of_the_day_the_quotation_was_said(
    news: News,
) -> None:
    text = (
        RETURN + '"Welcome back! Forty of our people were returned to Russia today. Thanks to '
        'everyone," the governor wrote on Saturday.'
    )
    assert news(text, published=MONDAY).periods() == {"2025-08-22", "2025-08-23"}


def test_news_a_today_after_the_quotation_closed_is_the_reports(news: News) -> None:
    text = (
        RETURN + '"We keep working. We will bring everyone home," the governor wrote. '
        "Another 40 of our people were returned to Russia today."
    )
    assert "2025-08-25" in news(text, published=MONDAY).periods()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_any_count_quoted_today_past_the_first_sentence_keeps_the_day(
    news: News, n: int
) -> None:
    text = (
        f"Exactly {n:,} civilians from the Belgorod region came back from Ukraine on Friday. "
        f'"Welcome back! {n:,} of our people were returned to Russia today. Thanks to '
        'everyone," the governor wrote on Saturday.'
    )
    assert news(text, published=MONDAY).periods() == {"2025-08-22"}
