"""A total in the second "that" clause of a dated saying stands on the saying's day.

"Qatar said on Tuesday that it would keep mediating, and that the number freed with
its help had reached 3,140": both clauses are what was said on Tuesday, so ", and that"
opens no clause of its own. A new main clause after ", and" still keeps the date away.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
FRIDAY = date(2026, 3, 13)


def _tallies(result: Any) -> set[tuple[str, str]]:
    return {(str(t.as_of), str(t.count)) for t in result.tallies}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar, whose envoys have shuttled between the capitals since 2023, said on Tuesday "
        'that it was "ready to go on", and that the two-way total of people exchanged with '
        "its help had reached 3,140.",
        "Turkey's foreign ministry said on Tuesday that talks would resume in April, and "
        "that the total of people exchanged with Ankara's help since 2022 had reached 3,140.",
    ],
)
def test_news_second_that_clause_keeps_the_saying_day(news: News, text: str) -> None:
    assert _tallies(news(text, published=FRIDAY)) == {("2026-03-10", "3,140")}


def test_news_new_main_clause_after_and_is_not_dated_by_the_saying(news: News) -> None:
    # near-miss: ", and the total ..." is a clause of its own, told when published
    text = (
        "Turkey's foreign ministry said on Tuesday that talks would resume in April, and the "
        "total of people exchanged with Ankara's help since 2022 has now reached 3,140."
    )
    assert _tallies(news(text, published=FRIDAY)) == {("2026-03-13", "3,140")}
