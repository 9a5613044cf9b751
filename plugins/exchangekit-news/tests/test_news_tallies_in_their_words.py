"""A total told "In his words," stands as of the statement the sentence before dates.

"The ombudsman said in March that talks went on. In his words, 1,500 civilians have
come home since 2022": the second sentence goes on reporting the statement told in the
first, so its undated total is of March, not of the day the report came out, as a
total the speaker "also said" is. A total with no such opener is left as before.
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
PUBLISHED = date(2025, 6, 12)


def _as_of(news: News, text: str) -> set[tuple[str, str]]:
    """(as-of date, count) of every tally read from ``text``."""
    return {(str(t.as_of), str(t.count)) for t in news(text, published=PUBLISHED).tallies}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LVIV - The Ukrainian ombudsman said in March that the return of civilians "
            "depended on Moscow. In his words, 1,500 civilians have been returned to Ukraine "
            "from Russia since 2022.",
            ("2025-03", "1,500"),
        ),
        (
            "LVIV - Russia's rights commissioner said on 14 April that lists were being "
            "compared every week. According to her, 2,300 Russian servicemen have come home "
            "from Ukrainian captivity since 2022.",
            ("2025-04-14", "2,300"),
        ),
        (
            "LVIV - Ukrainian officials said in May that more talks were planned. In their "
            "words, 4,100 Ukrainian prisoners of war have been freed from Russian captivity "
            "since 2022.",
            ("2025-05", "4,100"),
        ),
    ],
)
def test_news_a_total_in_their_words_is_of_the_statement_before(
    news: News, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _as_of(news, text)


def test_news_a_total_with_no_opener_keeps_its_reading(news: News) -> None:
    text = (
        "LVIV - The Ukrainian ombudsman said in March that the return of civilians "
        "depended on Moscow. Since 2022, 1,500 civilians have been returned to Ukraine "
        "from Russia."
    )
    assert ("2025-03", "1,500") not in _as_of(news, text)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1799),
    month=st.sampled_from(["January", "February", "March", "April"]),
)
def test_news_any_total_in_his_words_takes_the_month_said(news: News, n: int, month: str) -> None:
    text = (
        f"LVIV - The ombudsman said in {month} that talks went on. In his words, {n:,} "
        "civilians have been returned to Ukraine from Russia since 2022."
    )
    read = news(text, published=PUBLISHED)
    number = ["January", "February", "March", "April"].index(month) + 1
    assert [(str(t.as_of), t.count) for t in read.tallies] == [
        (f"2025-{number:02d}", Count.parse(f"{n:,}"))
    ]
