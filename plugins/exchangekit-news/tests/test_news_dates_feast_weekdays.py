"""A feast named by its weekday ("Easter Saturday", "Good Friday") is that feast's day.

A year's recap may open a sentence with the feast itself, no preposition before it:
"Easter Saturday brought home ...". The feast's weekday is the feast's day, never the
Saturday nearest the report, which would put a spring swap in the week of publication.
A bare weekday still counts back from the report.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_PUBLISHED = date(2025, 12, 30)  # a Tuesday; the Saturday before it is 27 December


def test_news_a_feast_weekday_opening_a_recap_sentence_is_the_feast() -> None:
    text = (
        "The year in swaps.\n\nThe spring was busy. Easter Saturday, after weeks of quiet "
        "talks, returned 148 prisoners of war to each side, the ministries said.\n"
    )
    legs = read(text, published=_PUBLISHED).period_legs()
    assert legs == {
        ("2025-04-19", "RUS", "UKR", "prisoners_of_war", "148"),
        ("2025-04-19", "UKR", "RUS", "prisoners_of_war", "148"),
    }


def test_news_a_feast_weekday_truce_dates_nothing_as_a_weekday() -> None:
    text = (
        "Kyiv said 148 prisoners of war came home, a swap long delayed by the failed Easter "
        "Sunday truce, officials said.\n"
    )
    periods = {leg[0] for leg in read(text, published=_PUBLISHED).period_legs()}
    assert "2025-12-28" not in periods


def test_news_a_bare_weekday_still_counts_back_from_the_report() -> None:
    text = (
        "The spring was busy, but on Saturday, after weeks of quiet talks, 148 prisoners of "
        "war went home to each side, the ministries said.\n"
    )
    legs = read(text, published=_PUBLISHED).period_legs()
    assert {leg[0] for leg in legs} == {"2025-12-27"}
