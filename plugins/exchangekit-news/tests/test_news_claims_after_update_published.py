"""The figure after "X published its latest count on Monday" stands on Monday.

"... published its latest count on Monday. The number of Russian soldiers whose
deaths it has confirmed by name has now passed 140,000, it says, up from about
125,000 in July": the count came out on Monday, and the figure the next sentence
gives is of that count, not of the day the story is published. The July set after
the earlier figure is that figure's. A count only made ("counted the names"),
or a figure with a date of its own ("By July, ..."), is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

_OUT = "The BBC's Russian service, working with Mediazona, published its latest count on Monday. "
_FIGURE = (
    "The number of Russian soldiers whose deaths it has confirmed by name has now passed "
    "140,000, it says"
)


@pytest.mark.parametrize("tail", [".", ", up from about 125,000 in July."])
def test_news_a_figure_of_an_update_put_out_stands_on_its_day(news: News, tail: str) -> None:
    # published on Thursday 23 October 2025 (the helper's default): Monday the 20th
    read = news(_OUT + _FIGURE + tail)
    assert read.claim_days_by_count_text()["more than 140,000"] == "2025-10-20"


def test_news_a_count_only_made_dates_no_figure_after_it(news: News) -> None:
    text = (
        "The BBC's Russian service, working with Mediazona, counted the names on Monday. "
        + _FIGURE
        + "."
    )
    assert news(text).claim_days_by_count_text() == {"more than 140,000": "2025-10-23"}


def test_news_a_figure_with_its_own_date_keeps_it(news: News) -> None:
    text = (
        _OUT + "By July, the number of Russian soldiers whose deaths it has confirmed by name "
        "had passed 140,000, it says."
    )
    assert news(text).claim_days_by_count_text() == {"more than 140,000": "2025-07"}
