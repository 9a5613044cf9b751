"""A sentence that opens on a part of the people just counted takes the whole's date.

"... 9,100 civilians killed as of 30 June. Among them, 510 children were killed": the
part is counted as of the same day as the whole it is taken from, not the day of
publication.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_PUBLISHED = date(2025, 7, 15)


@pytest.mark.parametrize("opening", ["Among them", "Of these", "Among those"])
def test_news_a_part_opened_on_them_keeps_the_whole_date(news: News, opening: str) -> None:
    read = news(
        "As of 30 June, monitors had recorded 9,100 civilians killed in Ukraine."
        f" {opening}, 510 children were killed, the office said.",
        published=_PUBLISHED,
    )
    assert read.claim_days_by_count_text().get("510") == "2025-06-30"


def test_news_a_part_with_its_own_wounded_keeps_the_whole_date(news: News) -> None:
    """The harder form: killed and wounded wholes, and a part with a gapped "injured"."""
    read = news(
        "Since the invasion and as of 31 May, the mission has confirmed that 8,800"
        " civilians have been killed and 21,000 injured in Ukraine. Of them, 540 children"
        " were killed and 1,300 injured.",
        published=_PUBLISHED,
    )
    dates = read.claim_days_by_count_text()
    assert dates.get("540") == "2025-05-31"
    assert dates.get("1,300") == "2025-05-31"


def test_news_a_later_figure_with_its_own_month_is_not_moved(news: News) -> None:
    """The near miss: a sentence that names its own month keeps that month."""
    read = news(
        "As of 30 June, monitors had recorded 9,100 civilians killed in Ukraine."
        " In July, 510 children were killed, the office said.",
        published=_PUBLISHED,
    )
    assert read.claim_days_by_count_text().get("510") == "2025-07"
