"""A sentence opening on "The same study" takes the date the sentence before gave the study.

"A survey released this month put Russian losses at 900,000. The same survey, which its
authors say is cautious, put Ukraine's at 350,000": the second figure is from the document
dated just before, so it stands in the same month, not on the day of the report (the
authors' present "say" in the aside is no new statement of the figure). A date of its own ("The same
study, in an update released in May, ...") still dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 14)


def _dated(read: Any) -> dict[tuple[str, str, Count], str]:
    return {(c.subject.code, c.category.value, c.count): str(c.as_of) for c in read.claims}


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "A study published this month by a London institute put Russian casualties at"
            " 870,000. The same study, which its authors say rests on open sources, estimated"
            " Ukrainian casualties at 310,000.",
            "2025-06",
        ),
        (
            "A report released in April by a Washington think tank put Russian casualties at"
            " 870,000. The same report, whose authors admit it is rough, estimated Ukrainian"
            " casualties at 310,000.",
            "2025-04",
        ),
        (
            "An assessment issued in May by British intelligence put Russian casualties at"
            " 870,000. The same assessment, which officials described as provisional, put"
            " Ukrainian casualties at 310,000.",
            "2025-05",
        ),
    ],
)
def test_news_the_same_study_keeps_the_studys_date(news: News, text: str, as_of: str) -> None:
    dated = _dated(news(text, published=_PUBLISHED))
    assert dated[("UKR", "total_losses", Count.exact(310_000))] == as_of


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(200_000, 900_000),
    second=st.integers(100_000, 190_000),
    month=st.sampled_from(["February", "March", "April"]),
)
def test_news_the_same_study_keeps_its_month_for_any_figures(
    news: News, first: int, second: int, month: str
) -> None:
    text = (
        f"A study published in {month} by a think tank put Russian casualties at {first:,}."
        f" The same study, which its authors say is cautious, estimated Ukrainian casualties"
        f" at {second:,}."
    )
    dated = _dated(news(text, published=_PUBLISHED))
    number = ["February", "March", "April"].index(month) + 2
    assert dated[("UKR", "total_losses", Count.exact(second))] == f"2025-0{number}"


def test_news_the_same_study_with_a_date_of_its_own_keeps_it(news: News) -> None:
    """The near miss: a later update of the same study is dated by its own month."""
    text = (
        "A study published in April by a think tank put Russian casualties at 870,000."
        " The same study, in an update released in May, estimated Ukrainian casualties at"
        " 310,000."
    )
    dated = _dated(news(text, published=_PUBLISHED))
    assert dated[("UKR", "total_losses", Count.exact(310_000))] == "2025-05"
