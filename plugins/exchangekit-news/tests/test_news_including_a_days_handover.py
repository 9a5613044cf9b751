"""A running total opened by "Including Tuesday's" does not stand on Tuesday.

"Including Tuesday's, Ukraine has received more than 15,000 bodies since the
invasion, the headquarters says": the possessive names the day's handover, one
part of the sum, not the day the sum is told; said in the present, the total
stands on the publication day. A day the sentence gives the saying itself
("said on Tuesday") still dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

# published on Thursday 23 October 2025 (the helper's default)
_TOLD = (
    "On Tuesday, Russia handed over 909 bodies, which Moscow says are those of Ukrainian "
    "soldiers.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Including Tuesday's, Ukraine has received more than 15,000 bodies since the "
        "full-scale invasion began, its Coordination Headquarters says.",
        # the attribution between the verb and the figure
        "Including Tuesday's, Ukraine has now received, officials say, more than 15,000 "
        "bodies since the full-scale invasion began.",
    ],
)
def test_news_an_included_days_handover_does_not_date_the_total(news: News, sentence: str) -> None:
    read = news(_TOLD + sentence)
    assert read.tally_day_list() == ["2025-10-23"]
    assert read.day_counts_as_text() == {("2025-10-21", "909")}


def test_news_the_day_of_saying_still_dates_a_total_that_includes_a_day(news: News) -> None:
    told = _TOLD.replace("Tuesday", "Monday")
    sentence = (
        "Including Monday's, Ukraine had received more than 15,000 bodies since the "
        "full-scale invasion began, its Coordination Headquarters said on Tuesday."
    )
    assert news(told + sentence).tally_day_list() == ["2025-10-21"]
