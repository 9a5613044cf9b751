"""A speaker who "put a number on" the dead on a day gave the figures quoted next that day.

"This week, for the first time, the president put a number on his army's dead. Speaking
to a network, he said 46,000 soldiers had been killed": "put a number (a figure) on" is
"gave a number", so the figures he is quoted with after it are of that week, not of the
day of the report. A sentence that dates its own telling keeps its own date.
Every passage was written for this file.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Period

_SATURDAY = date(2025, 2, 15)


def _dates(text: str, published: date = _SATURDAY) -> dict[int, Period | None]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return {i.count.low: i.as_of for i in items if isinstance(i, CasualtyClaim)}


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        (
            "This week, for the first time, President Volodymyr Zelensky put a number on "
            "his army's dead.",
            Period.parse("2025-W07"),
        ),
        (
            "On Thursday Defence Minister Rustem Umerov put a number on the army's losses.",
            Period.day(date(2025, 2, 13)),
        ),
        (
            "Yesterday, President Volodymyr Zelensky put a figure on the country's military dead.",
            Period.day(date(2025, 2, 14)),
        ),
    ],
)
def test_news_figures_after_put_a_number_on_are_of_that_telling(
    opening: str, period: Period
) -> None:
    text = f"{opening} Speaking in an interview, he said 46,000 Ukrainian soldiers had been killed."
    assert _dates(text) == {46_000: period}


def test_news_a_later_telling_with_its_own_day_keeps_it() -> None:
    text = (
        "On Monday President Volodymyr Zelensky put a number on his army's dead. "
        "On Thursday he said 46,000 Ukrainian soldiers had been killed."
    )
    assert _dates(text) == {46_000: Period.day(date(2025, 2, 13))}


def test_news_a_number_never_put_dates_nothing() -> None:
    text = (
        "This week President Volodymyr Zelensky again declined to put a number on his "
        "army's dead. He said in December that 43,000 Ukrainian soldiers had been killed."
    )
    assert _dates(text) == {43_000: Period.month(2024, 12)}


@settings(max_examples=25, deadline=None)
@given(
    back=st.integers(1, 5),
    count=st.integers(20, 90).map(lambda n: n * 1000),
    noun=st.sampled_from(["a number", "a figure"]),
)
def test_news_the_weekday_of_put_a_number_dates_the_next_quote(
    back: int, count: int, noun: str
) -> None:
    day = _SATURDAY - timedelta(days=back)
    weekday = day.strftime("%A")
    text = (
        f"On {weekday} President Volodymyr Zelensky put {noun} on his army's dead. "
        f"He said {count:,} Ukrainian soldiers had been killed."
    )
    assert _dates(text) == {count: Period.day(day)}
