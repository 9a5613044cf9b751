"""A claim is dated by the time its own words give, not by when it was retold.

"last published a toll four months ago, when ..." dates the toll of the "when"
clause; "(43,000 killed, in December)" dates the bracketed figure only; "both as of
the end of 2024" dates every figure it closes; "in its last monthly summary" is the
month before the report's. Near misses keep the date they had.
"""

from __future__ import annotations

from datetime import date

from .conftest import read


def test_news_a_toll_given_months_ago_when_a_figure_was_told() -> None:
    text = (
        "The army last published a toll four months ago, when its spokesman said that "
        "2,150 Russian soldiers had been killed.\n"
    )
    assert read(text, published=date(2025, 6, 10)).claim_days_of(2150) == {"2025-02"}


def test_news_months_ago_inside_another_clause_does_not_date_the_toll() -> None:
    # near miss: the months count the brigade's age, not when the toll was told
    text = (
        "The army said on Monday that 2,150 Russian soldiers had been killed in a brigade "
        "formed four months ago.\n"
    )
    assert read(text, published=date(2025, 6, 10)).claim_days_of(2150) == {"2025-06-09"}


def test_news_a_date_in_a_figures_own_bracket_dates_only_that_figure() -> None:
    text = (
        "Kyiv has given only one official toll (43,000 Ukrainian soldiers killed, in "
        "December), and some 9,000 Ukrainian soldiers are missing, officials say.\n"
    )
    days = read(text, published=date(2025, 3, 5)).claim_days_by_count_text()
    assert days == {"43,000": "2024-12", "around 9,000 [8,100, 9,900]": "2025-03-05"}


def test_news_a_bracket_without_a_date_leaves_the_figure_to_its_clause() -> None:
    # near miss: the date is the clause's, outside the brackets
    text = "In December, Kyiv named only one official toll of its own (43,000 killed).\n"
    assert read(text, published=date(2025, 3, 5)).claim_days_of(43000) == {"2024-12"}


def test_news_both_as_of_the_end_of_a_year_dates_both_figures() -> None:
    text = (
        "A university model published in January put Russian deaths at 90,000 to 120,000, "
        "and Ukrainian deaths at 40,000 to 60,000, both as of the end of 2024.\n"
    )
    days = read(text, published=date(2025, 2, 20)).claim_days_by_count_text()
    assert days["90,000–120,000"] == "2024-12-31"
    assert days["40,000–60,000"] == "2024-12-31"


def test_news_as_of_the_end_of_a_year_after_another_figure_is_that_ones() -> None:
    # near miss: without "both", the year's end dates only the figure it follows
    text = (
        "The ministry said in January that 90,000 Russian soldiers had died, and a "
        "university model puts Ukrainian deaths at 40,000 as of the end of 2024.\n"
    )
    days = read(text, published=date(2025, 2, 20)).claim_days_by_count_text()
    assert days["90,000"] == "2025-01"
    assert days["40,000"] == "2024-12-31"


def test_news_the_last_monthly_summary_is_of_the_month_before() -> None:
    text = (
        "The defence ministry, in its last monthly summary, estimated Russian killed "
        "and wounded at between 300,000 and 350,000.\n"
    )
    claims = read(text, published=date(2025, 3, 18)).claims
    assert [str(c.as_of) for c in claims] == ["2025-02"]


def test_news_a_monthly_summary_with_its_day_is_dated_by_the_day() -> None:
    # near miss: the summary's own day is told
    text = (
        "The defence ministry, in its latest monthly summary, issued on 3 March, estimated "
        "Russian killed and wounded at between 300,000 and 350,000.\n"
    )
    claims = read(text, published=date(2025, 3, 18)).claims
    assert [str(c.as_of) for c in claims] == ["2025-03-03"]
