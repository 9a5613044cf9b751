"""A total whose sentence ranks "it" stands on the story's exchange, past a month looked back to.

"The swap was the first since March, when 40 were freed" recalls an exchange told by
its month alone. A later "the mediator said it was its sixth mediation and that 900
captives had been released through it" ranks the story's own exchange, told the next day,
so the total stands on the exchange's day, not on the day of the report, and never in
the month looked back to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 12)  # a Thursday: "on Wednesday" is 11 June

STORY = (
    "KYIV, June 12 - Russia and Ukraine swapped prisoners of war on Wednesday, officials "
    "said. Kyiv said 150 Ukrainian soldiers had come home, and Moscow said 150 Russian "
    "servicemen had been returned. The swap was the first since March, when 40 Ukrainians "
    "were freed. "
)


def test_news_mediators_rank_dates_its_total_past_a_month_look_back(news: News) -> None:
    text = STORY + (
        "The Qatari foreign ministry said it was its sixth mediation in the war and that the "
        "number of captives released through its efforts now stood at 912."
    )
    result = news(text, published=PUBLISHED)
    assert {(str(t.count), str(t.as_of)) for t in result.tallies} == {("912", "2025-06-11")}


def test_news_ranked_exchange_dates_its_total_past_a_month_look_back(news: News) -> None:
    text = STORY + (
        "The headquarters said it was the 58th exchange, and that 3,870 Ukrainians had been "
        "returned since 2022."
    )
    result = news(text, published=PUBLISHED)
    assert {(str(t.count), str(t.as_of)) for t in result.tallies} == {("3,870", "2025-06-11")}


def test_news_unranked_total_past_a_month_look_back_stays_the_storys(news: News) -> None:
    # near-miss: a total that neither ranks nor counts the exchange is told as of the story
    text = STORY + "The headquarters said 3,870 Ukrainians had been returned since 2022."
    result = news(text, published=PUBLISHED)
    assert {(str(t.count), str(t.as_of)) for t in result.tallies} == {("3,870", "2025-06-12")}


def test_news_rank_past_a_look_back_days_after_the_exchange_stays_the_storys(
    news: News,
) -> None:
    # near-miss: told two days or more after the exchange, the total is the story's own
    text = STORY.replace("on Wednesday", "on Monday") + (
        "The headquarters said it was the 58th exchange, and that 3,870 Ukrainians had been "
        "returned since 2022."
    )
    result = news(text, published=PUBLISHED)
    assert {(str(t.count), str(t.as_of)) for t in result.tallies} == {("3,870", "2025-06-12")}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2, max_value=99), st.integers(min_value=1000, max_value=9000))
def test_news_ranked_total_is_the_exchanges_day(news: News, rank: int, total: int) -> None:
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    text = STORY + (
        f"The headquarters said it was the {rank}{suffix} exchange, and that {total:,} "
        "Ukrainians had been returned since 2022."
    )
    result = news(text, published=PUBLISHED)
    assert {(str(t.count), str(t.as_of)) for t in result.tallies} == {(f"{total:,}", "2025-06-11")}
