"""A plural of handovers over listed months, sized "each time": one handover a month.

"Similar handovers took place in July, August and September, each time involving
about 1,000 bodies": the plural names no side, and "each time" before the figure
makes it each listed handover's size; the bodies go the way the story's bodies went.
With no handover told before to give that way, handovers still to come, or a figure of
others than people handed over, nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Read = Callable[..., Any]

_BEFORE = (
    "Moscow sent 1,000 bodies back across the border on Thursday, Kyiv's headquarters "
    "said - by its count, those of Ukrainian soldiers. "
)


def test_news_each_time_sizes_one_handover_per_listed_month(news: Read) -> None:
    text = _BEFORE + (
        "Similar handovers took place in July, August and September, each time involving "
        "about 1,000 bodies, as a deal struck in Istanbul in June was carried out."
    )
    legs = news(text).period_legs()
    assert {leg for leg in legs if leg[0] != "2025-10-23"} == {
        (month, "RUS", "UKR", "remains", "around 1,000 [900, 1,100]")
        for month in ("2025-07", "2025-08", "2025-09")
    }


def test_news_each_time_reads_nothing_without_a_way_told_before(news: Read) -> None:
    text = (
        "Similar handovers took place in July, August and September, each time involving "
        "about 1,000 bodies."
    )
    assert news(text).legs() == set()


def test_news_each_time_of_talks_counts_no_one_handed_over(news: Read) -> None:
    text = _BEFORE + (
        "Talks took place in July, August and September, each time involving about 300 officials."
    )
    assert {str(c) for c in news(text).moved_counts()} == {"1,000"}


def test_news_each_time_of_handovers_still_to_come_reads_nothing(news: Read) -> None:
    for later in (
        "Further handovers are expected in November, December and January, each time "
        "involving about 1,000 bodies.",
        "Similar handovers will take place in November and December, each time involving "
        "about 1,000 bodies.",
    ):
        assert {str(c) for c in news(_BEFORE + later).moved_counts()} == {"1,000"}
