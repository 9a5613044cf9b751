""" "The next day" opening a clause with no comma after it dates the clause's figure.

"..., and the next day 95 went each way" and "The following day 40 soldiers came home"
count one day on from the day told before, as "The next day, 95 ..." and "a week
later 95 ..." do; the figure right after the phrase is a count, never the label of
a numbered day ("day 95 of the war").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

Recap = Callable[..., set[tuple[str, str, str, str, str]]]

_POW = "prisoners_of_war"


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed 37 civilians on 8 June, and the next day 95 soldiers went each way.",
        "Russia freed 37 civilians on 8 June. The next day 95 soldiers went each way.",
        "Russia freed 37 civilians on 8 June, and the following day 95 soldiers were "
        "swapped by each side.",
        "On 8 June Russia freed 37 civilians; the next day 95 soldiers went each way.",
    ],
)
def test_news_the_next_day_opening_a_clause_dates_its_swap_a_day_on(
    recap: Recap, text: str
) -> None:
    legs = recap(text)
    assert ("2025-06-09", "UKR", "RUS", _POW, "95") in legs
    assert ("2025-06-09", "RUS", "UKR", _POW, "95") in legs
    assert ("2025-06-08", "RUS", "UKR", "civilians", "37") in legs


def test_news_the_next_day_before_a_side_dates_its_handover_a_day_on(recap: Recap) -> None:
    text = "Russia freed 37 civilians on 8 June, and the next day Ukraine released 12 soldiers."
    assert ("2025-06-09", "UKR", "RUS", _POW, "12") in recap(text)


def test_news_a_numbered_day_is_still_no_count(recap: Recap) -> None:
    # "day 95" labels a day of the war: no one was moved in a number of 95
    text = "On day 95 of the war, Russia freed 20 soldiers."
    assert {leg[-1] for leg in recap(text)} == {"20"}


def test_news_the_next_day_after_its_figure_keeps_the_figure_rule(recap: Recap) -> None:
    # near-miss: the phrase after the figure is counted on from the figure's own clause
    text = "Russia freed 37 civilians on 8 June, and 95 soldiers went each way the next day."
    legs = recap(text)
    assert ("2025-06-09", "UKR", "RUS", _POW, "95") in legs
    assert ("2025-06-08", "RUS", "UKR", "civilians", "37") in legs


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(
    lambda n: not 1800 <= n <= 2100 and n != 37  # 37 is the first day's count, filtered out below
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=_COUNTS,
    opener=st.sampled_from([", and the next day", ". The next day", ", and the following day"]),
)
def test_news_the_next_day_before_any_count_dates_it_a_day_on(
    news: Callable[..., Any], n: int, opener: str
) -> None:
    read = news(
        f"Russia freed 37 civilians on 8 June{opener} {n:,} soldiers went each way.",
        published=date(2025, 11, 20),
    )
    moved = {
        (str(e.period), t.sender.code, t.count)
        for e in read.exchanges
        for t in e.transfers
        if t.count != Count.exact(37)
    }
    assert moved == {("2025-06-09", "UKR", Count.exact(n)), ("2025-06-09", "RUS", Count.exact(n))}
