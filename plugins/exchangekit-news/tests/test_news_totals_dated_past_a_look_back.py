"""The day a running total stands on, when the sentences before it look back or aside.

"The swap was the first since January 20, when 40 were freed": the exchange after
"since" is the one the rank counts from, so a total the next sentence gives ("It said
the number freed now stood at 3,480") is never as of that earlier exchange. And an
aside of saying between an exchange and its verb ("That exchange, the headquarters
said, brought the number to 3,480") leaves the total raised by that exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
SUNDAY = date(2025, 3, 9)
HEAD = "KYIV, March 9 (Agency) - Ukraine got back 120 soldiers on Saturday. "


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "The swap was the first since January 20, when 40 prisoners were freed by each "
        "side, and the 51st of the war, by the count of the coordination headquarters. It said "
        "the number of Ukrainians freed from captivity now stood at 3,480.",
        HEAD + "The exchange was the second since February 2, when 75 prisoners went each way, "
        "and the 60th of the war, the coordination headquarters said. It said the total "
        "freed from captivity had now reached 3,480.",
        HEAD + "The handover was the first since January 11, when 25 captives were returned to "
        "each side, according to the coordination headquarters. It said 3,480 Ukrainians had "
        "now been freed since the start of the war.",
    ],
)
def test_news_total_after_a_rank_since_is_not_the_look_backs(news: News, text: str) -> None:
    as_of = news(text, published=SUNDAY).tally_days()
    assert as_of
    assert not any(day.startswith(("2025-01", "2025-02")) for day in as_of)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine got back 120 soldiers on March 8. That exchange, the headquarters said, "
        "brought the number of Ukrainians freed since 2022 to 3,480.",
        "Ukraine got back 120 soldiers on March 8. The swap, officials said, brought the "
        "total of Ukrainians freed to 3,480.",
        "Ukraine got back 120 soldiers on March 8. The handover, the ombudsman added, took "
        "the number of Ukrainians freed to 3,480.",
    ],
)
def test_news_total_raised_past_an_aside_of_saying(news: News, text: str) -> None:
    assert news(text, published=SUNDAY).tally_days() == {"2025-03-08"}


def test_news_total_told_with_no_exchange_raising_it_stands_when_told(news: News) -> None:
    # near-miss: no exchange is said to have raised it, so it stands on the day of telling
    text = (
        "Ukraine got back 120 soldiers on March 8. Officials said the total of Ukrainians "
        "freed was 3,480."
    )
    assert news(text, published=SUNDAY).tally_days() == {"2025-03-09"}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2101, max_value=9999), st.integers(min_value=2, max_value=27))
def test_news_rank_since_never_dates_the_total(news: News, total: int, day: int) -> None:
    """Whatever the day looked back to and the total, the total is not as of that day."""
    text = (
        HEAD + f"The swap was the first since February {day}, when 40 prisoners were freed by "
        "each side, and the 51st of the war, by the count of the coordination headquarters. "
        f"It said the number of Ukrainians freed now stood at {total:,}."
    )
    assert f"2025-02-{day:02d}" not in news(text, published=SUNDAY).tally_days()
