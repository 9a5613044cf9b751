"""A statement dated in a sentence without its figures dates them when named again.

"... numbers the minister gave in an interview in May. In that interview, he said ...":
the first sentence dates the interview without telling a figure, and "in that interview"
points back to it, so its figures are as of May, not of the publication day. A count
"since the invasion in February 2022" only starts the figure and does not date it.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def dated(read: Any) -> set[tuple[str, str, str, str]]:
    """(subject, category, count, as-of) of every claim read."""
    return {(c.subject.code, c.category.value, str(c.count), c.as_of.format()) for c in read.claims}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(month=st.integers(min_value=1, max_value=8), dead=st.integers(2_000, 90_000))
def test_news_figures_of_an_interview_dated_before_take_its_month(
    news: News, month: int, dead: int
) -> None:
    """The interview's month, told a sentence before its figure, dates the figure."""
    name = calendar.month_name[month]
    text = (
        "The article misreads the numbers that Defence Minister Oleksii Reznikov gave in "
        f"an interview in {name}.\n\n"
        f"In that interview, Reznikov said that {dead:,} Ukrainian soldiers had been killed."
    )
    read = news(text, published=date(2025, 10, 2))
    assert dated(read) == {("UKR", "killed", f"{dead:,}", f"2025-{month:02d}")}


def test_news_a_count_since_the_invasion_does_not_hide_the_statement(news: News) -> None:
    """The harder form: a participle before the date and a starting date in the figure's
    own sentence, which only says where the count begins."""
    text = (
        "Much of the confusion goes back to a speech given on 14 March by "
        "Defence Minister Oleksii Reznikov.\n\n"
        "During that speech, Reznikov said 17,000 Ukrainian soldiers had been killed since "
        "the invasion in February 2022."
    )
    read = news(text, published=date(2024, 5, 20))
    assert dated(read) == {("UKR", "killed", "17,000", "2024-03-14")}


def test_news_an_indefinite_interview_is_another_statement(news: News) -> None:
    """Near miss: "in an interview" names a new statement, not the one dated before."""
    text = (
        "Defence Minister Oleksii Reznikov gave an interview in February.\n\n"
        "In an interview on Sunday, Reznikov said 17,000 Ukrainian soldiers had been killed."
    )
    read = news(text, published=date(2024, 5, 20))
    assert {c[3] for c in dated(read)} == {"2024-05-19"}


def _as_of(news: News, text: str) -> set[str]:
    return {c.as_of.format() for c in news(text, published=date(2025, 6, 10)).claims}


def test_a_statement_aired_or_in_its_report_is_dated(news: News) -> None:
    """ "an interview aired on 3 June", "in its report on 3 June": the statement's day."""
    assert _as_of(
        news,
        "Zelensky spoke in an interview aired on 3 June about the war. In the interview, "
        "he said 46,000 Ukrainian soldiers had been killed.",
    ) == {"2025-06-03"}
    assert _as_of(
        news,
        "The Russian defence ministry spoke in its report on 3 June about the front. In "
        "the report, the ministry said 1,000 Ukrainian soldiers had been killed.",
    ) == {"2025-06-03"}


def test_a_statement_named_again_soon_by_its_teller_keeps_its_date(news: News) -> None:
    """The next sentence, the same office: the statement's date."""
    assert _as_of(
        news,
        "Kyiv's defence ministry put out a statement on 2 April about the front. In the "
        "statement, the ministry said 2,000 Russian soldiers had been killed.",
    ) == {"2025-04-02"}


def test_a_statement_told_long_before_is_not_named_again(news: News) -> None:
    """Near miss: three sentences on, "in the statement" is no longer the one dated."""
    assert "2025-04-02" not in _as_of(
        news,
        "Kyiv's defence ministry put out a statement on 2 April about the front. Aid "
        "groups said shelling continued in the south. Officials in Odesa counted the "
        "damage on Friday. In the statement, the ministry said 2,000 Russian soldiers "
        "had been killed.",
    )


def test_another_sides_statement_is_not_named_again(news: News) -> None:
    """Near miss: the other side's ministry speaking does not take Kyiv's statement's day."""
    assert "2025-04-02" not in _as_of(
        news,
        "Kyiv's defence ministry put out a statement on 2 April about the front. In the "
        "statement, the Russian defence ministry said 1,000 Ukrainian soldiers had been "
        "killed.",
    )
