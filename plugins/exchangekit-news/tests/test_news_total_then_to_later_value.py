"""A running total's later value after ", then to": "rose to 1,450, then to 1,600 by August".

The second figure leaves out the verb and the count: it is the same total, the same
way and of the same people, standing at a later date, the one told right after it. A
later value with no date of its own says not when it stood and is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def tallies(read: Any) -> set[tuple[str | None, str, Count, str]]:
    """(sender, receiver, count, as_of) of every stated tally."""
    return {
        (t.sender.code if t.sender else None, t.receiver.code, t.count, str(t.as_of))
        for t in read.tallies
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The number of Ukrainians freed since 2022 climbed to 2,730 in April, then to "
            "2,910 by the end of July.",
            ("RUS", "UKR", Count.exact(2910), "2025-07-31"),
        ),
        (
            "Kyiv said the total since 2022 rose to 2,730 in April, then to 2,910 on 9 July.",
            ("RUS", "UKR", Count.exact(2910), "2025-07-09"),
        ),
        (
            "Russia's ombudsman said the number of Russians returned since 2022 had grown "
            "to 2,100 by May and then to 2,390 by late July.",
            ("UKR", "RUS", Count.exact(2390), "2025-07"),
        ),
    ],
)
def test_news_later_value_is_the_same_total_on_its_date(
    news: News, text: str, key: tuple[str, str, Count, str]
) -> None:
    """The later value is a second tally of the same way, as of the date after it."""
    got = tallies(news(text))
    assert key in got
    assert len(got) == 2


def test_news_later_value_without_its_date_is_not_read(news: News) -> None:
    """Near miss: "then to 2,910" with no date of its own gives no second tally."""
    got = news("Kyiv said the total since 2022 rose to 2,730 in April, then to 2,910.")
    assert Count.exact(2910) not in {t.count for t in got.tallies}
    assert Count.exact(2910) not in got.moved_counts()


def test_news_then_after_a_handover_is_no_total(news: News) -> None:
    """Near miss: a handover's size is no total, so "then to" after it reads no tally."""
    got = news("Ukraine handed over 90 prisoners to Russia on 2 May, then to 120 by June.")
    assert not got.tallies


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=st.integers(min_value=2101, max_value=50_000), more=st.integers(1, 5_000))
def test_news_later_value_reads_any_count(news: News, first: int, more: int) -> None:
    """Whatever the two values, the later one is the same total as of its date."""
    text = (
        f"Kyiv said the total since 2022 rose to {first:,} in April, "
        f"then to {first + more:,} on 9 July."
    )
    got = tallies(news(text, published=date(2025, 10, 23)))
    assert ("RUS", "UKR", Count.exact(first + more), "2025-07-09") in got
