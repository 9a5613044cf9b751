"""Figures a report dates by "the reporting period": as of the period's last day.

An ombudsman's or a headquarters' report states its figures "in the reporting
period" or "as of the end of the reporting period"; the period is stated once
("the reporting period (1 February - 30 September 2025)") or is the year the
report is about ("Annual report ... in 2023", a first paragraph "During 2023 ...").
Its figures stand on that period's last day, not on the day the report came out.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

LATE = date(2025, 12, 5)  # publication, after every period below


def _as_of(result: Any) -> set[str]:
    """The days the tallies and claims of ``result`` stand on."""
    return {str(t.as_of) for t in result.tallies} | {str(c.as_of) for c in result.claims}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            # the period stated in brackets, then "in the reporting period"
            "Special report of the Commissioner on persons held by the aggressor state\n\n"
            "Kyiv, 5 December 2025\n\n"
            "2.1. During the reporting period (1 February – 30 September 2025), the office "
            "received 900 complaints from families.\n\n"
            "2.2. In the reporting period, the bodies of 4,250 fallen soldiers were "
            "returned to Ukraine in several stages.\n",
            {"2025-09-30"},
        ),
        (
            # the year the headline names
            "Annual report of the ombudsman on human rights in 2023\n\n"
            "Published 2 April 2024\n\n"
            "As of the end of the reporting period, more than 6,500 Ukrainian servicemen "
            "were held in Russian captivity, according to the Coordination Headquarters.\n",
            {"2023-12-31"},
        ),
        (
            # the year the first paragraph is about; "in the same period" after a
            # sentence with no figure is the report's period too
            "Annual Report of the Commissioner (excerpt)\n\n"
            "Released 14 April 2024\n\n"
            "During 2023 the Commissioner's office worked on the preparation of every "
            "exchange.\n\n"
            "Up to the end of the reporting period, the bodies of 2,100 fallen defenders "
            "had been returned to Ukraine since February 2022.\n\n"
            "The office also handled many appeals from families.\n\n"
            "In the same period, Russia said it had received the bodies of 240 of its "
            "servicemen.\n",
            {"2023-12-31"},
        ),
    ],
)
def test_news_a_reports_figures_stand_on_its_periods_last_day(
    news: News, text: str, days: set[str]
) -> None:
    assert _as_of(news(text, published=LATE)) == days


def test_news_the_same_period_right_after_a_figure_is_that_figures(news: News) -> None:
    # The sentence before told a figure for June: "the same period" is June, not the year.
    text = (
        "Annual report of the ombudsman on human rights in 2023\n\n"
        "In June alone, the bodies of 900 fallen soldiers were returned to Ukraine. "
        "In the same period, Russia received the bodies of 50 of its servicemen.\n"
    )
    russian = [t for t in news(text, published=LATE).tallies if t.receiver.code == "RUS"]
    assert len(russian) == 1
    assert str(russian[0].as_of) != "2023-12-31"


def test_news_the_reporting_period_of_a_news_story_is_not_guessed(news: News) -> None:
    # No report and no stated period: the figure keeps the story's own date.
    text = (
        "Kyiv said on Tuesday that in the reporting period 3,100 bodies of fallen "
        "soldiers had been returned to Ukraine."
    )
    assert _as_of(news(text, published=LATE)) == {"2025-12-02"}  # that Tuesday


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    year=st.integers(min_value=2022, max_value=2025),
    month=st.integers(min_value=2, max_value=11),
    size=st.integers(min_value=200, max_value=9_000),
)
def test_news_the_stated_period_end_dates_the_reports_later_totals(
    news: News, year: int, month: int, size: int
) -> None:
    """Whatever the period the report states, "in the reporting period" is its last day."""
    end = calendar.monthrange(year, month)[1]
    name = calendar.month_name[month]
    text = (
        "Special report of the Commissioner on prisoners of war\n\n"
        f"3.1. The reporting period (1 January – {end} {name} {year}) saw many appeals.\n\n"
        f"3.2. In the reporting period, the bodies of {size:,} fallen defenders were "
        "repatriated to Ukraine.\n"
    )
    assert _as_of(news(text, published=LATE)) == {f"{year}-{month:02d}-{end:02d}"}
