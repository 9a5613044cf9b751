"""A total opened by "Counting Monday's swap, ...": it stands on the day of that swap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

# published Friday 2 January 2026: Monday is 29 December 2025
_PUBLISHED = date(2026, 1, 2)
_SWAP = "On Monday Ukraine and Russia each freed 120 prisoners of war. "


def test_news_counting_the_days_swap_dates_a_years_total_by_it(news: News) -> None:
    result = news(
        _SWAP + "Counting Monday's exchange, the ombudsman says Ukraine got back 1,480 of its "
        "people in 2025.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2025-12-29"


def test_news_including_the_days_handover_in_a_closed_year(news: News) -> None:
    # a harder form: "Including", another exchange noun, the year's total in the passive
    result = news(
        _SWAP + "Including Monday's handover, 1,480 Ukrainians were brought back from "
        "captivity in 2025, according to the coordination headquarters.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-12-29"]


def test_news_counting_inside_a_statement_is_not_an_opener(news: News) -> None:
    # near miss: the swap is counted inside a statement told on a day of its own
    result = news(
        _SWAP + "The ombudsman said on Thursday that, counting Monday's exchange, Ukraine got "
        "back 1,480 of its people in 2025.",
        published=_PUBLISHED,
    )
    assert all(str(t.as_of) != "2025-12-29" for t in result.tallies)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    opener=st.sampled_from(["Counting", "Including"]),
    noun=st.sampled_from(["swap", "exchange", "handover"]),
    value=st.integers(min_value=1_000, max_value=6_000),
)
def test_news_a_total_counting_a_days_swap_never_stands_before_it(
    news: News, opener: str, noun: str, value: int
) -> None:
    result = news(
        _SWAP + f"{opener} Monday's {noun}, {value:,} Ukrainians have come home since 2022.",
        published=_PUBLISHED,
    )
    for tally in result.tallies:
        assert str(tally.as_of) >= "2025-12-29"
