"""Figures a "respectively" shares out over a list of years are the years' sums.

"In 2024 and 2025, 1,358 and 2,044 came home respectively": no one exchange is dated
by its year alone, so each figure is a tally over its year, as a lone "In 2024, 1,358
came home" is; read as exchanges, they printed two swaps that never happened, one
dated by a month named later in the sentence. Told with the day of telling ("said on
Monday"), which would end each year's span that day, nothing is read. Listed months
("in July and August") still date one exchange each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_news_years_listed_before_are_tallies(news: Callable[..., Any]) -> None:
    read = news(
        "In 2023 and 2024, 860 and 1,310 Ukrainians came home respectively, according "
        "to the Coordination Headquarters, the second figure swollen by a single swap "
        "of 230 in January."
    )
    assert not any(count in ("860", "1,310") for *_, count in read.legs_as_text())
    assert {
        ("2023-01-01/2023-12-31", "UKR", "other", "860"),
        ("2024-01-01/2024-12-31", "UKR", "other", "1,310"),
    } <= read.tally_spans()


def test_news_years_listed_after_are_tallies(news: Callable[..., Any]) -> None:
    read = news(
        "Kyiv took back 860 and 1,310 of its people in 2023 and 2024 respectively, by "
        "the count of the Coordination Headquarters, which did not give Russia's figures."
    )
    assert read.exchanges == []
    assert read.tally_spans() == {
        ("2023-01-01/2023-12-31", "UKR", "other", "860"),
        ("2024-01-01/2024-12-31", "UKR", "other", "1,310"),
    }


def test_news_years_told_on_a_day_read_nothing(news: Callable[..., Any]) -> None:
    read = news(
        "In 2023 and 2024, the ombudsman's office said on Monday, 1,102 and 1,358 "
        "Ukrainians had come home from Russian captivity respectively, most of them soldiers."
    )
    assert read.exchanges == []
    assert read.tallies == []


def test_news_months_listed_stay_exchanges(news: Callable[..., Any]) -> None:
    # near-miss: a month dates one exchange, so each figure stays a transfer
    read = news(
        "In July and August, 95 and 84 Ukrainian soldiers came home respectively, the "
        "headquarters said."
    )
    assert read.period_legs() == {
        ("2025-07", "RUS", "UKR", "prisoners_of_war", "95"),
        ("2025-08", "RUS", "UKR", "prisoners_of_war", "84"),
    }
