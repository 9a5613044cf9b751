"""The dates of casualty claims in forms that name them indirectly.

"Losses stood at 940,000 (unverified) on 27 April": a short bracketed remark after
the figure does not end the clause whose date it goes on to name. "A study published
in May put the dead at 160,000 by the end of 2023": the count's own "by" date, not the
day the study came out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _as_of(news: News, text: str, published: date) -> set[tuple[str, str]]:
    return {(str(c.count), c.as_of.format()) for c in news(text, published=published).claims}


@settings(max_examples=20, deadline=None)
@given(
    remark=st.sampled_from(["(unverified)", "(not independently confirmed)", "(a claim)"]),
    day=st.integers(3, 25),
    count=st.integers(600, 990).map(lambda k: k * 1000),
)
def test_a_bracketed_remark_does_not_hide_the_day_the_figure_stood_at(
    news: News, remark: str, day: int, count: int
) -> None:
    text = (
        "Kyiv publishes its count of enemy losses every morning; "
        f"the running total of Russian losses stood at {count:,} {remark} on {day} March."
    )
    assert _as_of(news, text, date(2025, 3, 28)) == {(f"{count:,}", f"2025-03-{day:02d}")}


def test_a_bracket_holding_its_own_date_is_not_passed(news: News) -> None:
    """Near miss: a bracket with a date of its own is another figure's story."""
    text = (
        "Ukraine's General Staff said Russian losses had reached 910,000 "
        "(up from 900,000 on 2 March)."
    )
    assert _as_of(news, text, date(2025, 3, 28)) == {("910,000", "2025-03-28")}


@settings(max_examples=20, deadline=None)
@given(
    told=st.sampled_from(["A model published in March", "In March, a team of demographers"]),
    verb=st.sampled_from(["estimated", "put the toll at", "estimated that"]),
    tail=st.sampled_from(["Russian deaths", "Russian soldiers had died"]),
    count=st.integers(120, 200).map(lambda k: k * 1000),
)
def test_a_by_date_after_the_figure_dates_the_count_not_the_telling(
    news: News, told: str, verb: str, tail: str, count: int
) -> None:
    if tail.endswith("died") and not verb.endswith("that"):
        tail = "Russian deaths"
    text = f"{told} {verb} {count:,} {tail} by the end of 2023."
    assert _as_of(news, text, date(2025, 4, 30)) == {(f"{count:,}", "2023-12")}


def test_a_harder_by_date_past_a_bracketed_remark(news: News) -> None:
    """The harder form: a participle aside before, a bracketed remark between."""
    text = (
        "Their model of excess male mortality, released in January, suggests some 140,000 "
        "Russian deaths (a central estimate) by the end of 2023."
    )
    assert {d for _, d in _as_of(news, text, date(2024, 4, 30))} == {"2023-12"}


def test_a_by_date_in_another_clause_is_not_the_figures(news: News) -> None:
    """Near miss: "by" in a later clause of its own dates another prediction."""
    text = (
        "In March, a model estimated 150,000 Russian deaths, and its authors expect more "
        "by the end of 2025."
    )
    assert _as_of(news, text, date(2025, 4, 30)) == {("150,000", "2025-03")}


@settings(max_examples=20, deadline=None)
@given(
    told=st.sampled_from(["A survey released in January", "Demographers said on Tuesday"]),
    month=st.sampled_from([("October", "10"), ("November", "11"), ("August", "08")]),
    count=st.integers(120, 200).map(lambda k: k * 1000),
)
def test_a_by_the_end_of_a_month_dates_the_count_at_that_month(
    news: News, told: str, month: tuple[str, str], count: int
) -> None:
    """ "by the end of <month year>" gives that month, not the day it was told."""
    name, day = month
    text = f"{told} that {count:,} Ukrainian soldiers had been killed by the end of {name} 2023."
    assert _as_of(news, text, date(2025, 4, 30)) == {(f"{count:,}", f"2023-{day}")}


def test_a_by_the_end_of_a_month_without_a_year_is_that_month_this_year(news: News) -> None:
    """The harder form: the month's year comes from the publication date."""
    text = "Analysts said on Friday that 170,000 Russian soldiers had died by the end of February."
    assert _as_of(news, text, date(2025, 4, 30)) == {("170,000", "2025-02")}


def test_a_bare_by_year_does_not_date_the_count_at_that_year(news: News) -> None:
    """Near miss: "by 2023" is as of the year's start, so it is not promoted to 2023."""
    for period in ("2023", "spring 2023"):
        text = f"A survey released in March estimated that 130,000 Russians had died by {period}."
        assert _as_of(news, text, date(2025, 4, 30)) == {("130,000", "2025-03")}, period
