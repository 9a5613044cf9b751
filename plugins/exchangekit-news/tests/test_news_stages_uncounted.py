"""Stages listed with no count before them: "in stages of 390, 307 and 303 people per side".

A recap often lists a multi-day swap's stage sizes without saying how many stages
there were, with a per-side phrase after the last size and one span of days in
the same part of the sentence: each size is one stage, both ways, on the span's
days in order. A deal or talks told in another part (before a ";") make the
stages no plan, and their day dates no stage. Without a day per size, or in a
part that is itself a plan, nothing is read from the list. Every passage was
written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
LATE_YEAR = date(2025, 12, 19)


def _both_ways(day: str, kind: str, count: str) -> set[tuple[str, str, str, str, str]]:
    return {(day, "RUS", "UKR", kind, count), (day, "UKR", "RUS", kind, count)}


def test_uncounted_stages_on_a_span_after_a_deal_in_another_part(news: News) -> None:
    text = (
        "Ukraine and Russia, meeting in Geneva on 2 March, struck what both called a "
        "breakthrough agreement; carried out, officials later said, between 9 and 11 "
        "March, it came in stages of 120, 95 and 64 captives per side."
    )
    expected = (
        _both_ways("2025-03-09", "other", "120")
        | _both_ways("2025-03-10", "other", "95")
        | _both_ways("2025-03-11", "other", "64")
    )
    assert news(text, published=LATE_YEAR).period_legs() == expected


def test_uncounted_stages_of_soldiers_take_the_kind(news: News) -> None:
    # the per-side phrase after the noun, the span at the end of the part
    text = (
        "The exchange between Kyiv and Moscow, in stages of 48, 52 and 60 soldiers on "
        "each side, ran from July 14 to 16, according to the Ukrainian ombudsman."
    )
    expected = (
        _both_ways("2025-07-14", "prisoners_of_war", "48")
        | _both_ways("2025-07-15", "prisoners_of_war", "52")
        | _both_ways("2025-07-16", "prisoners_of_war", "60")
    )
    assert news(text, published=LATE_YEAR).period_legs() == expected


def test_uncounted_stages_with_a_day_short_read_nothing(news: News) -> None:
    # near miss: three sizes but a span of two days: no stage has a sure day
    text = (
        "Ukraine and Russia held talks on 2 March; the swap then ran between 9 and 10 "
        "March, in stages of 120, 95 and 64 captives per side."
    )
    assert news(text, published=LATE_YEAR).period_legs() == set()


def test_uncounted_stages_of_a_plan_read_nothing(news: News) -> None:
    # near miss: the part with the sizes is itself a plan
    text = (
        "Ukraine and Russia met on 2 March; the deal foresees a swap between 9 and 11 "
        "March, in stages of 120, 95 and 64 captives per side."
    )
    assert news(text, published=LATE_YEAR).period_legs() == set()


def test_uncounted_stages_dated_only_in_another_part_read_nothing(news: News) -> None:
    # near miss: the days belong to the talks before the ";", not to the stages
    text = (
        "Ukraine and Russia talked between 2 and 4 March; the swap came, officials said, "
        "in stages of 120, 95 and 64 captives per side."
    )
    assert news(text, published=LATE_YEAR).period_legs() == set()
