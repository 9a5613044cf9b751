"""A bare count of people still held, told by a short teller with "that" left out.

"The headquarters' running total of Ukrainians brought home ... passed 4,500. Officials
here say thousands are still being held.": a teller of a few words opening its
sentence reports the count as a pronoun going on with the report does ("They say
thousands remain"), and the people still held are those of the side the running total
of homecomings counts, even when that total is told as "the number of Ukrainians" with
no noun of its own after the figure. A swap both ways, or one handover of people whose
side the text never names, gives no side to those still held.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 4, 19)


def _captured(result: Any, found: Found) -> set[tuple[str, str, Count]]:
    return {t for t in found(result) if t[1] == "captured"}


@pytest.mark.parametrize(
    "text",
    [
        "Saturday's handover, the coordination headquarters said, brings the number of "
        "Ukrainians freed from Russian captivity since the invasion to more than 4,500. "
        "Officials here say thousands are still being held.",
        "By the headquarters' count, 4,552 Ukrainians have been brought home since February "
        "2022. Officials in Kyiv said several thousand are still held.",
        "More than 4,500 Ukrainians have now come back from captivity since 2022, in 64 "
        "exchanges, the ombudsman's office says. Ukrainian officials say thousands are still "
        "in detention.",
    ],
)
def test_short_teller_counts_the_side_of_the_running_total(
    news: News, found: Found, text: str
) -> None:
    assert _captured(news(text, published=_PUBLISHED), found) == {
        ("UKR", "captured", Count.parse("thousands"))
    }


@pytest.mark.parametrize(
    "text",
    [
        # a swap both ways: no one side came home
        "Russia and Ukraine each freed 150 prisoners of war on Saturday, the ministries "
        "said. Officials here say thousands are still being held.",
        # one handover of people the text names no side for, and no running total
        "On Saturday 95 people were handed over at the border. Officials say thousands "
        "remain in captivity.",
    ],
)
def test_short_teller_after_no_one_sided_homecoming_reads_nothing(
    news: News, found: Found, text: str
) -> None:
    assert _captured(news(text, published=_PUBLISHED), found) == set()


def test_vague_count_still_held_past_its_teller_after_a_running_total(
    news: News, found: Found
) -> None:
    """ "aware of thousands still held": no side named, the running total's side."""
    text = (
        "By the ombudsman's count, 3,767 Ukrainians have come back from captivity since "
        "2022; 1,358 of them this year. The office says it knows of thousands still held, "
        "many never registered with the Red Cross."
    )
    assert _captured(news(text, published=_PUBLISHED), found) == {
        ("UKR", "captured", Count.parse("thousands"))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exact count still held names a group of its own, not the unnamed rest
        (
            "By the ombudsman's count, 3,767 Ukrainians have come back from captivity since "
            "2022. The office says it knows of 41 still held at one camp.",
            set(),
        ),
        # a side named in the sentence is the one that holds them: its rival's people
        (
            "By the ombudsman's count, 3,767 Ukrainians have come back from captivity since "
            "2022. Moscow says it knows of thousands still held by Kyiv.",
            {("RUS", "captured", Count.parse("thousands"))},
        ),
    ],
)
def test_vague_still_held_needs_a_bare_vague_count_and_no_side(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert _captured(news(text, published=_PUBLISHED), found) == expected
