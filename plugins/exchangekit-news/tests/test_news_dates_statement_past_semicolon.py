"""A statement told past a semicolon is dated by its own date, not the first statement's.

"In March 2023 the minister said 9,000 had died; in March 2024 he said 20,000 had been
wounded": the second figure belongs to the saying after the semicolon, so a date told
after the semicolon dates it, not the one nearest the sentence's first verb of saying.
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
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.integers(min_value=1, max_value=12),
    dead=st.integers(min_value=2_000, max_value=40_000),
    hurt=st.integers(min_value=50_000, max_value=300_000),
)
def test_news_each_statement_keeps_its_own_year(
    news: News, month: int, dead: int, hurt: int
) -> None:
    """Two statements a year apart, one sentence: each figure is as of its own statement."""
    name = calendar.month_name[month]
    text = (
        f"In {name} 2023, Ukraine's defence ministry said {dead:,} Ukrainian troops had been "
        f"killed; in {name} 2024, it said that {hurt:,} had been wounded."
    )
    read = news(text, published=date(2025, 3, 1))
    assert dated(read) == {
        ("UKR", "killed", f"{dead:,}", f"2023-{month:02d}"),
        ("UKR", "wounded", f"{hurt:,}", f"2024-{month:02d}"),
    }


def test_news_a_later_statement_past_an_aside_and_a_second_figure(news: News) -> None:
    """The harder form: "a year on", a noun for the figure and a figure added beside it."""
    text = (
        "In April 2023, Defence Minister Oleksii Reznikov said that 12,000 Ukrainian "
        "soldiers had died; a year on, in April 2024, he offered a total of 30,000 dead, "
        "together with an estimate of roughly 150,000 wounded."
    )
    read = news(text, published=date(2024, 9, 2))
    assert dated(read) == {
        ("UKR", "killed", "12,000", "2023-04"),
        ("UKR", "killed", "30,000", "2024-04"),
        ("UKR", "wounded", str(Count.parse("roughly 150,000")), "2024-04"),
    }


def test_news_one_statement_with_a_date_told_later_keeps_the_sayings_date(news: News) -> None:
    """Near miss: no semicolon, one saying; the date nearest the verb still dates it."""
    text = (
        "In May 2024, Ukraine's defence ministry said that 20,000 Ukrainian soldiers had "
        "been killed since the invasion began in February 2022."
    )
    read = news(text, published=date(2024, 9, 2))
    assert {c[3] for c in dated(read)} == {"2024-05"}
