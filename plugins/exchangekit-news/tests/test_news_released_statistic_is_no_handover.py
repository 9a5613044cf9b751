""" "Released its estimate of 80,000 Russian dead": a statistic put out moves no one.

"Released" hands people over, but its object may be a record: a video, a list, and
also a figure, estimate, count or study. The people such a record counts are not
released; read as a handover, the estimate turned into 80,000 bodies returned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "The think tank released its estimate of 80,000 Russian dead on 12 June.",
        "On Monday the institute released its updated count of 80,000 Russian soldiers killed.",
        "Analysts released a study of 80,000 Russian war dead last week.",
    ],
)
def test_news_a_released_statistic_moves_no_one(news: News, text: str) -> None:
    assert news(text).exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia released 80 Ukrainian soldiers on 12 June.",
        "Russia released the bodies of 80 Ukrainian soldiers on 12 June.",
    ],
)
def test_news_released_people_are_still_a_handover(news: News, text: str) -> None:
    # near misses: people and bodies released are handed over
    assert len(news(text).exchanges) == 1


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900_000).filter(lambda n: not 1800 <= n <= 2100),
    record=st.sampled_from(["estimate", "tally", "assessment", "statistics"]),
)
def test_news_no_released_record_is_a_transfer(news: News, n: int, record: str) -> None:
    text = f"The ministry released its {record} of {n:,} Russian dead on Tuesday."
    assert news(text).exchanges == []
