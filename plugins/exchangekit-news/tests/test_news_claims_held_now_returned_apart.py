"""People a side holds now, beside a return of others counted apart.

"Kyiv says Moscow is holding 8,000 Ukrainians and that 1,200 have been freed":
the present "is holding" tells a captive count of now; the people let go are a
figure of their own in a clause joined by "and", not the held people themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_HOLDERS = {"Russia": ("Ukrainian", "UKR"), "Ukraine": ("Russian", "RUS")}


def captured(read: Any) -> set[tuple[str, Count]]:
    """(subject, count) of every captured claim read."""
    return {(c.subject.code, c.count) for c in read.claims if c.category.value == "captured"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    holder=st.sampled_from(sorted(_HOLDERS)),
    verb=st.sampled_from(["holds", "is holding"]),
    noun=st.sampled_from(["soldiers", "civilians", "servicemen"]),
    held=st.integers(min_value=20, max_value=90).map(lambda k: k * 100),
    freed=st.integers(min_value=2, max_value=15).map(lambda k: k * 10),
    back=st.sampled_from(["have been freed", "have been returned", "have come home"]),
)
def test_news_a_count_held_now_stays_a_claim_beside_others_returned(
    news: News, holder: str, verb: str, noun: str, held: int, freed: int, back: str
) -> None:
    adjective, code = _HOLDERS[holder]
    text = f"Officials say {holder} {verb} {held:,} {adjective} {noun} and that {freed} {back}."
    read = news(text, published=date(2025, 4, 8))
    assert captured(read) == {(code, Count.parse(f"{held:,}"))}


def test_news_held_now_past_a_descriptive_aside_and_a_later_return(news: News) -> None:
    """The harder form: an approximate count, an aside about it, then the return."""
    text = (
        "The ombudsman says Ukraine holds some 900 Russian servicemen, a number that has "
        "grown since the summer, and that only 150 have been handed back."
    )
    read = news(text, published=date(2025, 4, 8))
    assert captured(read) == {("RUS", Count.parse("around 900"))}


@pytest.mark.parametrize(
    "text",
    [
        # the people returned are part of those held: no count of captives now
        "Moscow says Kyiv holds 900 Russian servicemen and that 150 of them have been handed back.",
        "Moscow says Kyiv holds 900 Russian servicemen, some of whom have been handed back.",
    ],
)
def test_news_no_held_count_when_the_returned_are_a_part_of_it(news: News, text: str) -> None:
    assert captured(news(text, published=date(2025, 4, 8))) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's headquarters said last month that thousands of Ukrainian soldiers "
            "remained in Russian captivity, and that 3,310 had so far been brought home.",
            {("UKR", Count.parse("thousands"))},
        ),
        (
            "Moscow's ombudswoman said in March that some 600 Russian servicemen remained "
            "in Ukrainian hands, and that 1,040 had been returned since the incursion.",
            {("RUS", Count.parse("around 600"))},
        ),
    ],
)
def test_news_remained_held_beside_a_return_told_apart(
    news: News, text: str, expected: set[tuple[str, Count]]
) -> None:
    """The past "remained" of a report: held when told, the returned a figure of their own."""
    assert captured(news(text, published=date(2025, 4, 8))) == expected


def test_news_remained_until_returned_is_no_held_count(news: News) -> None:
    """Near miss: people who remained held until they were returned are held no more."""
    text = (
        "The ombudsman said 48 Ukrainian civilians remained in Russian custody until "
        "they were returned in Friday's exchange."
    )
    assert captured(news(text, published=date(2025, 4, 8))) == set()
