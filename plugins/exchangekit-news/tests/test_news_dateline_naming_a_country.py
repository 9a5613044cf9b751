"""A wire dateline that names the country after its place: "KYIV, Ukraine, May 2 (Wire) -".

The country between the place and the date is part of the dateline, so its date is the
story's default date and not a date of the sentence it opens; a weekday told in that
sentence ("on Friday") is the one before the dateline's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "ODESA, Ukraine, April 2 (Coastal Wire) - Forty Ukrainian marines were back on home "
        "soil on Friday after a swap with Russia.",
        "KHARKIV, Ukraine, April 2 - 40 Ukrainian soldiers came home from Russia on Friday.",
        "DNIPRO, Dnipropetrovsk Region, April 2 (Press) - Russia returned 40 Ukrainian "
        "soldiers on Friday.",
    ],
)
def test_news_weekday_counts_back_from_the_dateline(news: News, text: str) -> None:
    # 2 April 2022 was a Saturday: the Friday is 1 April
    assert news(text, published=date(2022, 4, 3)).periods() == {"2022-04-01"}


def test_news_undated_figure_takes_the_datelines_day(news: News) -> None:
    result = news(
        "KYIV, Ukraine, April 2 (Wire) - Russia returned 40 Ukrainian soldiers.",
        published=date(2022, 4, 3),
    )
    assert result.periods() == {"2022-04-02"}


def test_news_lower_case_words_after_the_place_are_no_dateline(news: News) -> None:
    # near-miss: "KYIV, said officials, April 2" is no dateline; the date is the sentence's
    result = news(
        "KYIV, officials said, April 2 saw Russia return 40 Ukrainian soldiers.",
        published=date(2022, 4, 3),
    )
    assert "2022-04-01" not in result.periods()
