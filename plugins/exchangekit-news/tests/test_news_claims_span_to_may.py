"""A toll counted "in the five months to May" stands as of May, and so does its breakdown.

"May" after "to", "through", "between", "before" or "after" is the month: no modal verb
can follow those words. A figure's own "including 9,000 killed" is counted over the same
span, so it does not part the figure from the span; another side's figure does.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def dated(read: Any) -> set[tuple[str, str, str, str]]:
    """(subject, category, count, as-of) of every claim read."""
    return {(c.subject.code, c.category.value, str(c.count), c.as_of.format()) for c in read.claims}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.integers(min_value=1, max_value=8),
    span=st.sampled_from(["three months", "five months", "year", "six weeks"]),
    lost=st.integers(min_value=2_000, max_value=90_000),
)
def test_news_a_toll_over_the_span_to_a_month_is_dated_that_month(
    news: News, month: int, span: str, lost: int
) -> None:
    """Every month closes the span, May as well as the others."""
    name = calendar.month_name[month]
    text = (
        f"British intelligence said Russia lost {lost:,} soldiers killed in the {span} to {name}."
    )
    read = news(text, published=date(2025, 10, 2))
    assert dated(read) == {("RUS", "killed", f"{lost:,}", f"2025-{month:02d}")}


def test_news_a_breakdown_inside_the_toll_shares_its_span(news: News) -> None:
    """The harder form: the whole, its "including" part, and "alone" after the month."""
    text = (
        "American officials have said that Ukraine had suffered more than 70,000 casualties, "
        "including about 15,000 killed, in the four months to May alone."
    )
    read = news(text, published=date(2024, 7, 8))
    assert dated(read) == {
        ("UKR", "total_losses", "more than 70,000", "2024-05"),
        ("UKR", "killed", str(Count.parse("about 15,000")), "2024-05"),
    }


def test_news_the_month_may_after_to_is_no_plan(news: News) -> None:
    """ "to May" is no modal: the toll is read as counted, not as a guess."""
    text = "Kyiv said 3,400 Russian soldiers were killed in the six weeks to May."
    read = news(text, published=date(2025, 9, 1))
    assert dated(read) == {("RUS", "killed", "3,400", "2025-05")}


def test_news_the_modal_may_is_still_no_month(news: News) -> None:
    """Near-miss: "may" as a verb dates nothing; the figure keeps the month it was given."""
    text = "Kyiv said 3,400 Russian soldiers were killed in June, and the true toll may be higher."
    read = news(text, published=date(2025, 9, 1))
    assert dated(read) == {("RUS", "killed", "3,400", "2025-06")}


def test_news_another_sides_figure_parts_the_first_from_the_span(news: News) -> None:
    """Near-miss: a second side's toll between the first and the span is no breakdown of it."""
    text = (
        "Officials said Russia lost 48,000 soldiers killed, and Ukraine about 12,000, in the "
        "year to May."
    )
    read = news(text, published=date(2025, 9, 1))
    assert ("RUS", "killed", "48,000", "2025-05") not in dated(read)
