"""A rounded running total told again exactly right after it: "- 7,012 to be exact".

The exact figure is the same total, so it is the one read; an exact figure that falls
outside the rounded bound contradicts it, and the bound is kept as told.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count, PersonCategory

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "With Tuesday's handover, the headquarters said in a statement posted late in the "
            "evening, well over 5,000 Ukrainians have been freed since 2022 - 5,148 to be exact.",
            Count.exact(5_148),
        ),
        (
            "Nearly 4,000 Ukrainians, soldiers and civilians alike, have now come home since the "
            "invasion began, or 3,962 to be precise, according to the ombudsman's office.",
            Count.exact(3_962),
        ),
    ],
)
def test_news_a_rounded_total_told_exactly_is_read_as_the_exact_figure(
    news: News, text: str, count: Count
) -> None:
    result = news(text)
    assert result.exchanges == []
    assert result.tally_rows() == {("RUS", "UKR", PersonCategory.OTHER, count)}


def test_news_an_exact_figure_outside_the_bound_leaves_the_bound(news: News) -> None:
    # 4,870 is not "more than 5,000": the rule does not guess which figure is wrong
    result = news(
        "More than 5,000 Ukrainians have been freed since 2022 - 4,870 to be exact, the "
        "headquarters said."
    )
    assert result.tally_rows() == {("RUS", "UKR", PersonCategory.OTHER, Count.more_than(5_000))}


def test_news_a_later_figure_not_told_exactly_leaves_the_bound(news: News) -> None:
    # "- 212 of them last month" is a part of the total, not the total told exactly
    result = news(
        "More than 5,000 Ukrainians have been freed since 2022 - 212 of them in the last "
        "month alone, the headquarters said."
    )
    assert ("RUS", "UKR", PersonCategory.OTHER, Count.exact(212)) not in result.tally_rows()
    assert ("RUS", "UKR", PersonCategory.OTHER, Count.more_than(5_000)) in result.tally_rows()
