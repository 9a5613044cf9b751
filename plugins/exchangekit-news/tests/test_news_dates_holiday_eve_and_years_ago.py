"""A holiday's eve by name, a yearless date set back by whole years, a month's last week.

"Easter Eve" is the Saturday before Easter, as "Easter Saturday" is; a recap that
tells a swap "on Easter Eve" means that day, not Easter Sunday. A yearless date
followed by "two years ago" ("on Christmas Eve two years ago") is that day in the
year so far back, not its latest occurrence before the report. "The last week of
June" is a week, the one holding the month's last Thursday (as an ISO week belongs
to the year holding its Thursday), not the whole month; an opening week, which often
straddles two months, is left as the month told.
"""

from __future__ import annotations

from datetime import date

from .conftest import moves, read

_RECAP_DAY = date(2025, 12, 29)  # Easter 2025 fell on 20 April, both reckonings


def test_news_a_swap_on_easter_eve_is_the_saturday_before_easter() -> None:
    text = (
        "Looking back over the year. On Easter Eve, 52 injured Ukrainian soldiers were "
        "released in exchange for 24 injured Russians, the ministry said.\n"
    )
    periods = {leg[0] for leg in read(text, published=_RECAP_DAY).period_legs()}
    assert periods == {"2025-04-19"}


def test_news_easter_eve_told_with_its_year_is_that_years_saturday() -> None:
    text = (
        "On Orthodox Easter Eve 2024, 52 Ukrainian prisoners of war returned home in "
        "exchange for 52 Russians, the ministry said.\n"
    )
    periods = {leg[0] for leg in read(text, published=_RECAP_DAY).period_legs()}
    assert periods == {"2024-05-04"}


def test_news_a_holiday_years_ago_is_in_that_year() -> None:
    text = (
        "It is not the first such gap: on Christmas Eve two years ago Kyiv said 77 of its "
        "soldiers were freed, the ministry said.\n"
    )
    published = date(2025, 12, 30)
    assert moves(text, published) == {("RUS", "UKR", "prisoners_of_war", 77)}
    periods = {leg[0] for leg in read(text, published=published).period_legs()}
    assert periods == {"2023-12-24"}


def test_news_a_month_years_ago_is_that_month_in_that_year() -> None:
    text = "In March three years ago, 77 soldiers were freed in a swap, Kyiv said.\n"
    periods = {leg[0] for leg in read(text, published=date(2025, 12, 30)).period_legs()}
    assert periods == {"2022-03"}


def test_news_a_holiday_without_years_back_is_still_its_latest() -> None:
    text = (
        "On Christmas Eve, 77 Ukrainian soldiers were freed in a swap for 77 Russians, "
        "the ministry said.\n"
    )
    periods = {leg[0] for leg in read(text, published=date(2025, 12, 30)).period_legs()}
    assert periods == {"2025-12-24"}


def test_news_the_first_week_of_a_month_stays_the_month() -> None:
    text = (
        "In the first week of March, Russia handed over 500 bodies of fallen Ukrainian "
        "soldiers, the headquarters said.\n"
    )
    # 1 March 2026 is a Sunday: the opening week straddles February and March
    periods = {leg[0] for leg in read(text, published=date(2026, 4, 14)).period_legs()}
    assert periods == {"2026-03"}


def test_news_the_last_week_of_a_month_is_the_week_of_its_last_thursday() -> None:
    text = (
        "In the last week of July, 60 Ukrainian prisoners of war were freed in a swap "
        "for 60 Russians, Kyiv said.\n"
    )
    # 31 July 2025 is a Thursday, so the week is the one from 28 July
    periods = {leg[0] for leg in read(text, published=date(2025, 9, 2)).period_legs()}
    assert periods == {"2025-W31"}


def test_news_the_last_week_before_the_report_is_no_week_of_a_month() -> None:
    text = (
        "In the last week, 60 Ukrainian prisoners of war were freed, bringing the total "
        "to 4,000, Kyiv said.\n"
    )
    periods = {leg[0] for leg in read(text, published=date(2025, 9, 2)).period_legs()}
    assert not any("W" in period for period in periods)
