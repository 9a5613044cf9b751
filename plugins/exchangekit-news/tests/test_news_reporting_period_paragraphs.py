"""A report's period named by a heading's date range and carried through a paragraph.

A periodic update often names its period only in a heading ("Treatment of
detainees: 1 March 2024 – 31 May 2024"), and a paragraph that opens "During the
reporting period" sets the time of the sentences after it, to the paragraph's
end: their undated figures stand on the period's last day, not on the day the
update was issued. A figure in the next paragraph, or one the sentence dates
itself, keeps its own date.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

ISSUED = date(2025, 12, 5)  # the day of issue, after every period below


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the heading's range; the figures in the sentence after the opener
            "Monitoring Office — Quarterly update\n\n"
            "Civilian harm and detention: 1 June 2025 – 31 August 2025\n\n"
            "Released in Geneva, 5 December 2025\n\n"
            "1. During the reporting period, the Office kept recording civilian harm. "
            "Since the start of the full-scale invasion, the Office has confirmed that "
            "at least 14,300 civilians have been killed in Ukraine.\n",
            {"at least 14,300": "2025-08-31"},
        ),
        (
            # "over" the period, no paragraph number, a range joined by "to"
            "Periodic update on the protection of civilians: 1 March 2025 to 30 June 2025\n\n"
            "Over the reporting period the Office continued its visits. It has verified "
            "that 31,800 civilians were injured in Ukraine since February 2022.\n",
            {"31,800": "2025-06-30"},
        ),
        (
            # two sentences after the opener, the second figure still in the paragraph
            "Detention update: 1 September 2024 – 30 November 2024\n\n"
            "During the reporting period, the team met families of missing soldiers. "
            "The team's staff travelled to three regions. "
            "Ukrainian authorities say more than 7,000 Ukrainians are held by Russia.\n",
            {"more than 7,000": "2024-11-30"},
        ),
    ],
)
def test_news_a_reporting_period_paragraph_dates_its_later_figures(
    news: News, text: str, expected: dict[str, str]
) -> None:
    assert news(text, published=ISSUED).claim_days_by_count_text() == expected


def test_news_the_next_paragraph_is_not_the_reporting_periods(news: News) -> None:
    # A new paragraph leaves the period: its undated figure is as of the day of issue.
    text = (
        "Civilian harm and detention: 1 June 2025 – 31 August 2025\n\n"
        "Released in Geneva, 5 December 2025\n\n"
        "1. During the reporting period, the Office kept recording civilian harm.\n\n"
        "2. The Office has confirmed that at least 14,300 civilians have been killed "
        "in Ukraine.\n"
    )
    assert news(text, published=ISSUED).claim_days_by_count_text() == {
        "at least 14,300": "2025-12-05"
    }


def test_news_a_figure_dated_in_its_sentence_keeps_its_date(news: News) -> None:
    # The sentence names the day of its figure: the period does not replace it.
    text = (
        "Civilian harm and detention: 1 June 2025 – 31 August 2025\n\n"
        "During the reporting period, the Office kept recording civilian harm. "
        "As of 15 July 2025, at least 13,900 civilians had been killed in Ukraine.\n"
    )
    assert news(text, published=ISSUED).claim_days_by_count_text() == {
        "at least 13,900": "2025-07-15"
    }


def test_news_a_headings_range_without_a_reporting_period_dates_nothing(news: News) -> None:
    # No sentence dates by the reporting period: the heading alone moves no figure.
    text = (
        "Civilian harm and detention: 1 June 2025 – 31 August 2025\n\n"
        "Released in Geneva, 5 December 2025\n\n"
        "The Office has confirmed that at least 14,300 civilians have been killed "
        "in Ukraine.\n"
    )
    assert news(text, published=ISSUED).claim_days_by_count_text() == {
        "at least 14,300": "2025-12-05"
    }


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    year=st.integers(min_value=2022, max_value=2025),
    month=st.integers(min_value=2, max_value=11),
    size=st.integers(min_value=2_200, max_value=40_000),
)
def test_news_the_headings_period_end_dates_the_paragraphs_figure(
    news: News, year: int, month: int, size: int
) -> None:
    """Whatever the range and the figure, the figure stands on the range's last day."""
    end = calendar.monthrange(year, month)[1]
    name = calendar.month_name[month]
    text = (
        f"Protection of civilians: 1 January {year} – {end} {name} {year}\n\n"
        "During the reporting period, the Office kept recording civilian harm. "
        f"It has verified that at least {size:,} civilians have been killed in Ukraine.\n"
    )
    claims = news(text, published=ISSUED).claims
    assert [(c.count, str(c.as_of)) for c in claims] == [
        (Count.parse(f"at least {size:,}"), f"{year}-{month:02d}-{end:02d}")
    ]
