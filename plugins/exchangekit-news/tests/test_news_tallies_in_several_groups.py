"""People brought home "in several small groups" are the sum of several handovers.

"There were children too this year: Qatar helped bring 27 back from Russia in several
small groups": groups of no told size, more than one, are so many handovers, so the figure
is a total over the span the sentence names, not one exchange. A day in the clause makes
the groups one handover's parts, and a span the parser cannot name leaves the sum unread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Children came home as well this year: Qatar, among others, helped Kyiv bring back "
        "27 children from Russia in several small groups.",
        "There were civilians too this year: Kyiv, by its own account, got back 27 children "
        "from Russia in various groups.",
    ],
)
def test_news_children_home_in_several_groups_are_a_total(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert result.exchanges == []
    assert result.tally_spans() == {("2025-01-01/2025-10-23", "UKR", "children", "27")}


@pytest.mark.parametrize(
    "text",
    [
        # the groups crossed on one day: parts of one handover
        "Children came home as well this year: Qatar, among others, helped Kyiv bring back "
        "27 children from Russia in several small groups on Friday.",
        # no span the sentence names: the sum's span would be a guess
        "In the summer months Qatar helped Ukraine bring back 27 children from Russia in "
        "several small groups.",
    ],
)
def test_news_groups_on_a_day_or_over_no_span_are_no_total(news: News, text: str) -> None:
    """Near misses: one day's handover in parts, or groups over a span never named."""
    result = news(text, published=_DAY)
    assert result.tallies == []
    assert result.moved_counts() == {Count.exact(27)}
