"""Running totals a swap told in the same sentence "brought" up: dated by that swap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def test_news_total_brought_by_last_weeks_swap_stands_in_that_week(news: News) -> None:
    # published Thursday 23 October 2025: "last week" is ISO week 42, not the day of the story
    result = news(
        "Kyiv renewed its call for talks. Last week's exchange of 84 for 84 was the 68th "
        "since 2022, officials in Kyiv said, bringing the number of Ukrainians freed to "
        "about 6,100."
    )
    (tally,) = result.tallies
    assert tally.receiver.code == "UKR"
    assert str(tally.as_of) == "2025-W42"


def test_news_total_raised_by_a_months_swap_participle_before_the_figure(news: News) -> None:
    # a harder form: the figure before its noun, the swap dated by a month
    result = news(
        "In September a swap of 146 prisoners each way took place, raising to 6,400 the "
        "total of Ukrainians who have come home, the ombudsman said."
    )
    (tally,) = result.tallies
    assert tally.count == Count.exact(6400)
    assert str(tally.as_of) == "2025-09"


def test_news_total_with_its_own_span_after_the_participle_is_not_the_swaps(news: News) -> None:
    # near miss: "the total for the year" names its own span; the swap's month does not date it
    result = news(
        "In early October another 500 bodies came home, bringing the total for the year "
        "to more than 9,000, the headquarters said."
    )
    dates = {str(t.as_of) for t in result.tallies if t.count.best == 9000}
    assert "2025-10" not in dates


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    verb=st.sampled_from(["bringing", "taking", "raising", "pushing"]),
    head=st.sampled_from(["the total", "the number of people freed", "its tally"]),
    size=st.integers(min_value=50, max_value=400),
)
def test_news_total_after_a_participle_takes_the_date_of_the_swap_told(
    news: News, verb: str, head: str, size: int
) -> None:
    # the total never stands later than the one swap of its sentence that brought it there
    result = news(
        f"Last month's swap of {size} for {size} was the 60th of the war, Kyiv said, {verb} "
        f"{head} to 5,500."
    )
    totals = [t for t in result.tallies if t.count == Count.exact(5500)]
    assert all(str(t.as_of) == "2025-09" for t in totals)
