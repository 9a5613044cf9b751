"""Period.parse: seasons relative to now, a month "last year", and holidays by name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import EASTER_ORTHODOX, easter
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Period, PeriodParseError

PUBLISHED = date(2025, 10, 23)
REFERENCES = st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 12, 31))
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June last year", "2024-06"),
        ("in March of last year", "2024-03"),
        ("on 9 May last year", "2024-05-09"),
        ("mid-August last year", "2024-08-11/2024-08-20"),
        ("the spring of last year", "2024-03-01/2024-05-31"),
        ("July this year", "2025-07"),
        ("this spring", "2025-03-01/2025-05-31"),
        ("this autumn", "2025-09-01/2025-11-30"),
        ("last summer", "2025-06-01/2025-08-31"),
        ("last autumn", "2024-09-01/2024-11-30"),
        ("last winter", "2024-12-01/2025-02-28"),
        ("on New Year's Eve", "2024-12-31"),
        ("New Year\u2019s Day", "2025-01-01"),
        ("at Christmas", "2024-12-25"),
        ("on Orthodox Christmas 2023", "2023-01-07"),
        ("at Easter", "2025-04-20"),
        ("on Easter Saturday", "2025-04-19"),
        ("on Easter Eve", "2025-04-19"),
        ("Orthodox Easter Eve 2024", "2024-05-04"),
        ("on Christmas Eve two years ago", "2023-12-24"),
        ("at Easter a year ago", "2024-03-31"),
        ("June three years ago", "2022-06"),
        ("the first week of February 2026", "2026-W06"),
        ("the last week of June 2025", "2025-W26"),
        ("in the last week of December", "2024-W52"),
        ("the second week of June", "2025-W24"),
        ("Easter 2024", "2024-03-31"),
        ("Orthodox Easter 2024", "2024-05-05"),
        ("from Christmas to Easter", "2024-12-25/2025-04-20"),
        ("on Independence Day", "2025-08-24"),
        ("Victory Day 2024", "2024-05-09"),
        ("on Defenders Day 2022", "2022-10-14"),
        ("on Defender's Day 2024", "2024-10-01"),
        ("on the eve of Orthodox Christmas 2023", "2023-01-06"),
        ("the eve of Independence Day", "2025-08-23"),
        ("from 23 May to 25", "2025-05-23/2025-05-25"),
        ("over three days from 23 May", "2025-05-23/2025-05-25"),
        ("two days from May 30, 2024", "2024-05-30/2024-05-31"),
    ],
)
def test_named_and_relative_dates(text: str, expected: str) -> None:
    assert Period.parse(text, reference=PUBLISHED).format() == expected


@given(REFERENCES, st.sampled_from(range(12)))
def test_a_month_last_year_is_in_the_year_before_the_reference(reference: date, month: int) -> None:
    found = Period.parse(f"{MONTHS[month]} last year", reference=reference)
    assert found == Period.month(reference.year - 1, month + 1)


@given(REFERENCES, st.sampled_from(["spring", "summer", "autumn", "winter"]))
def test_last_season_has_ended_and_this_season_has_begun(reference: date, season: str) -> None:
    last = Period.parse(f"last {season}", reference=reference)
    this = Period.parse(f"this {season}", reference=reference)
    assert last.end < reference
    assert this.start <= reference
    assert last.start <= this.start
    # no later occurrence of the season has ended by the reference
    later = Period.parse(
        f"{season} {last.start.year + 1}"
        if season != "winter"
        else (f"winter {last.start.year + 1}-{last.start.year + 2}")
    )
    assert later.end >= reference


@given(REFERENCES)
def test_easter_without_a_year_is_the_latest_on_or_before_the_reference(reference: date) -> None:
    found = Period.parse("Easter", reference=reference)
    assert found.start == found.end <= reference
    assert found.start == easter(found.start.year)
    assert easter(found.start.year + 1) > reference
    orthodox = Period.parse("Orthodox Easter Saturday", reference=reference)
    assert orthodox.start + timedelta(days=1) == easter(orthodox.start.year, EASTER_ORTHODOX)


def test_a_month_this_year_still_to_come_is_refused() -> None:
    with pytest.raises(PeriodParseError, match="after the publication date"):
        Period.parse("December this year", reference=PUBLISHED)


def test_a_holiday_without_a_year_needs_the_publication_date() -> None:
    with pytest.raises(PeriodParseError, match="reference"):
        Period.parse("at Easter")


@given(REFERENCES, st.integers(min_value=1, max_value=5))
def test_a_holiday_years_ago_is_that_many_years_before_the_reference_year(
    reference: date, years: int
) -> None:
    found = Period.parse(f"on New Year's Eve {years} years ago", reference=reference)
    assert found.start == date(reference.year - years, 12, 31)


@given(st.integers(min_value=1900, max_value=9000), st.sampled_from(range(12)))
def test_a_week_of_a_month_holds_a_thursday_of_that_month(year: int, month: int) -> None:
    for rank in ("first", "last"):
        week = Period.parse(f"the {rank} week of {MONTHS[month]} {year}")
        thursday = week.start + timedelta(days=3)
        assert (thursday.year, thursday.month) == (year, month + 1)
