"""A wire's correction line sets a figure right: "the number ... to N from M" there is no total.

"(Corrects number of Russian soldiers returned to 71 from 74 in fourth paragraph)": the
number the notice corrects is the story's own figure, so it never becomes a running total
of its own; outside such a notice, "brought the number ... to N from M" still is one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2024, 6, 26)

_STORY = (
    "KYIV, June 26 (Meridian Wire) - Ukraine and Russia swapped prisoners on Tuesday, with"
    " the Emirates mediating, the first exchange in more than a month.\n\n"
    "{notice}\n\n"
    "Kyiv said 90 Ukrainian servicemen had come home. Moscow's defence ministry said, in a"
    " statement posted on Tuesday evening, that 71 Russian soldiers had been returned from"
    " territory held by Kyiv."
)


def test_news_a_correction_line_gives_no_running_total(news: News) -> None:
    result = news(
        _STORY.format(
            notice="(Corrects number of Russian soldiers returned to 71 from 74 in fourth"
            " paragraph, after the ministry amended its statement)"
        ),
        published=_DAY,
    )
    assert not any(t.count == Count.exact(71) for t in result.tallies)
    assert Count.exact(71) in result.moved_counts()


def test_news_a_number_raised_from_an_earlier_figure_is_still_a_total(news: News) -> None:
    """Near miss: no notice, only a total updated "to N from M" by the swap."""
    result = news(
        _STORY.format(
            notice="The swap brought the number of Ukrainians freed since 2022 to 3,310 from"
            " 3,220, the ombudsman said."
        ),
        published=_DAY,
    )
    assert ("UKR", Count.exact(3_310)) in {(t.receiver.code, t.count) for t in result.tallies}
