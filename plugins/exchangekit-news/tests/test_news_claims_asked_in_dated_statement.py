"""An answer "Asked ..., he said" after a sentence dating a statement takes its day.

"The minister gave the numbers in an interview aired on 3 March. Asked how many
soldiers had died, he said 9,000 had been killed": the question was put in the
statement just dated, so the answer's figures are of that day, not the article's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 23)


def _dates(read: Any) -> set[str]:
    return {str(c.as_of) for c in read.claims}


@settings(max_examples=20, deadline=None)
@given(
    day=st.integers(1, 28),
    aired=st.sampled_from(["broadcast", "aired", "televised", "given"]),
    statement=st.sampled_from(["interview", "address", "briefing"]),
    dead=st.integers(2_100, 400_000),
)
def test_news_an_answer_after_a_dated_statement_takes_its_day(
    news: News, day: int, aired: str, statement: str, dead: int
) -> None:
    text = (
        f"The minister spoke about the war in a long {statement} {aired} on {day} September. "
        f"Asked how many Russian soldiers had died, he said {dead:,} Russian soldiers "
        "had been killed."
    )
    assert _dates(news(text, published=_PUBLISHED)) == {f"2025-09-{day:02d}"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Zelensky returned to the subject in a television interview on 12 August. "
            "When asked about the army's losses, he said that more than 41,000 Ukrainian "
            "soldiers had been killed.",
            "2025-08-12",
        ),
        (
            "The spokesman took questions in a video posted on 4 June. Asked about "
            "captives, she said 8,100 Ukrainians were in Russian captivity.",
            "2025-06-04",
        ),
    ],
)
def test_news_an_answer_after_a_dated_statement_in_other_forms(
    news: News, text: str, day: str
) -> None:
    assert _dates(news(text, published=_PUBLISHED)) == {day}


def test_news_an_answer_a_sentence_further_on_keeps_its_own_date(news: News) -> None:
    """Near miss: a sentence between them leaves the statement behind."""
    text = (
        "The minister spoke in an interview broadcast on 14 September. The interview "
        "drew wide attention. Asked how many Russian soldiers had died, he said 90,000 "
        "Russian soldiers had been killed."
    )
    assert _dates(news(text, published=_PUBLISHED)) == {"2025-10-23"}


def test_news_an_answer_after_a_dated_event_keeps_its_own_date(news: News) -> None:
    """Near miss: the day before dates a battle, not a statement."""
    text = (
        "The town fell after a long battle on 14 September. Asked how many Russian "
        "soldiers had died, he said 90,000 Russian soldiers had been killed."
    )
    assert _dates(news(text, published=_PUBLISHED)) == {"2025-10-23"}
