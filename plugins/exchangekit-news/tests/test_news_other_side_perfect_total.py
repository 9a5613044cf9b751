"""The other side's undated "has received N" after a running total is that side's total.

"Since 2022 Ukraine has taken back more than 12,000 bodies. Russia has received about
250": the perfect tells a sum so far, set against the total just told the other way,
so it sums the same span the other way; it is no handover on the day of publication.
With a date of its own ("on Friday"), or in the simple past, it stays one handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

_BEFORE = "Since 2022 Ukraine has taken back more than 12,000 bodies. "


def test_news_other_side_has_received_is_a_total(news: Callable[..., Any]) -> None:
    found = news(_BEFORE + "Russia has received about 250.")
    assert ("UKR", "RUS", Count.parse("about 250")) in found.tally_keys()
    assert Count.parse("about 250") not in found.moved_counts()


def test_news_other_side_named_by_capital_has_received(news: Callable[..., Any]) -> None:
    found = news(
        "Since 2022, some 9,000 bodies have been returned to Ukraine. Moscow has received 300."
    )
    assert ("UKR", "RUS", Count.parse("300")) in found.tally_keys()
    assert Count.parse("300") not in found.moved_counts()


def test_news_other_side_plural_have_received(news: Callable[..., Any]) -> None:
    found = news(_BEFORE + "The Russians have received about 250.")
    assert ("UKR", "RUS", Count.parse("about 250")) in found.tally_keys()


def test_news_other_side_perfect_with_its_own_date_is_a_handover(
    news: Callable[..., Any],
) -> None:
    found = news(_BEFORE + "Russia received about 250 on Friday.")
    assert Count.parse("about 250") in found.moved_counts()
    assert ("UKR", "RUS", Count.parse("about 250")) not in found.tally_keys()


def test_news_other_side_simple_past_is_no_total(news: Callable[..., Any]) -> None:
    found = news(_BEFORE + "Russia received about 250.")
    assert ("UKR", "RUS", Count.parse("about 250")) not in found.tally_keys()


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_other_side_has_received_any_figure(news: Callable[..., Any], n: int) -> None:
    found = news(_BEFORE + f"Russia has received {n:,}.")
    assert ("UKR", "RUS", Count.parse(f"{n:,}")) in found.tally_keys()
