"""Dates of exchanges in wordings frozen-7's writer used (issue 8, round six, f15c).

Each case is a sentence written for this file: the habit it tests is named so a
failure says which reading of news English the parser lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

FRIDAY = date(2024, 10, 25)


def test_after_an_exchange_dates_the_return(periods: Callable[[str, date], set[str]]) -> None:
    """People back "this morning after a swap that took place yesterday": the swap's day."""
    text = (
        "Forty Ukrainian soldiers are home this morning after a swap that took place "
        "late yesterday. Russia got back the same number of its men."
    )
    assert periods(text, FRIDAY) == {"2024-10-24"}


def test_after_an_exchange_held_on_a_weekday(periods: Callable[[str, date], set[str]]) -> None:
    """Another wording: the exchange is "held on Wednesday", the arrival is "today"."""
    text = (
        "Sixty-two Ukrainian servicemen reached Kyiv today after the exchange held on "
        "Wednesday. Moscow said 62 Russian soldiers had also come back."
    )
    assert periods(text, FRIDAY) == {"2024-10-23"}


def test_arrival_without_an_exchange_after_keeps_its_day(
    periods: Callable[[str, date], set[str]],
) -> None:
    """Without "after a swap ..." the arrival's own date stands (guard against over-reach)."""
    text = (
        "Thirty Ukrainian soldiers came home this morning in a swap with Russia, which "
        "got back 30 of its own men."
    )
    assert periods(text, FRIDAY) == {"2024-10-25"}


@given(days_back=st.integers(min_value=2, max_value=6))
def test_after_a_swap_on_a_weekday_any_day(
    periods: Callable[[str, date], set[str]], days_back: int
) -> None:
    """For any earlier weekday this week, the swap named after "after" dates the figure."""
    day = FRIDAY - timedelta(days=days_back)
    name = day.strftime("%A")
    text = (
        f"Fifty Ukrainian soldiers are home today after an exchange that took place on "
        f"{name}. Russia got back the same number of its men."
    )
    assert periods(text, FRIDAY) == {day.isoformat()}


SUNDAY = date(2025, 5, 25)


def test_a_day_earlier_counts_every_figure_from_the_last_swap(
    periods: Callable[[str, date], set[str]],
) -> None:
    """ "A day earlier, N came back and the other side got M": both figures are one day."""
    text = (
        "The two sides traded 84 prisoners each on Saturday. A day earlier, 60 Ukrainian "
        "soldiers had come home, while Russia got back 60 of its men."
    )
    assert periods(text, SUNDAY) == {"2025-05-24", "2025-05-23"}


def test_the_day_before_counts_every_figure_from_the_last_swap(
    periods: Callable[[str, date], set[str]],
) -> None:
    """Other wording: "The day before," and a list of two figures for one side."""
    text = (
        "Kyiv and Moscow exchanged 150 captives each on Saturday. The day before, 30 "
        "soldiers and 12 civilians had returned to Ukraine and 42 Russians went home."
    )
    assert periods(text, SUNDAY) == {"2025-05-24", "2025-05-23"}


@given(size=st.integers(min_value=2, max_value=900))
def test_a_day_earlier_any_size(periods: Callable[[str, date], set[str]], size: int) -> None:
    """Whatever the sizes, both legs told "a day earlier" are the day before the swap."""
    text = (
        "The two sides traded 84 prisoners each on Saturday. A day earlier, "
        f"{size} Ukrainian soldiers had come home, while Russia got back {size} of its men."
    )
    assert periods(text, SUNDAY) == {"2025-05-24", "2025-05-23"}


AUTUMN = date(2025, 10, 15)


def test_series_of_months_under_a_year_heading(periods: Callable[[str, date], set[str]]) -> None:
    """A paragraph about 2023 listing "in May, July and November" swaps: months of 2023."""
    text = (
        "A quieter 2023.\n\nIn May, July and November, each time, the two sides "
        "swapped 45 prisoners each way, with Qatar acting as go-between."
    )
    assert periods(text, AUTUMN) == {"2023-05", "2023-07", "2023-11"}


def test_series_of_months_after_in_a_year(periods: Callable[[str, date], set[str]]) -> None:
    """Other wording: "In 2024, ..." opens the paragraph; the series that follows is of 2024."""
    text = (
        "In 2024, talks resumed after a long pause. In March and April, Russia and Ukraine "
        "exchanged 60 prisoners of war each."
    )
    assert periods(text, AUTUMN) == {"2024-03", "2024-04"}


@given(year=st.integers(min_value=2022, max_value=2024))
def test_series_year_follows_the_heading(
    periods: Callable[[str, date], set[str]], year: int
) -> None:
    """Whatever past year heads the section, the listed months are that year's."""
    text = (
        f"A quieter {year}.\n\nIn May, July and November, each time, the two sides swapped "
        "45 prisoners each way, with Qatar acting as go-between."
    )
    assert periods(text, AUTUMN) == {f"{year}-05", f"{year}-07", f"{year}-11"}
