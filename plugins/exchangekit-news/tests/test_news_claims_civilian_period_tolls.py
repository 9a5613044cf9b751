"""Periodic civilian tolls of monitors and ombudsmen are claims of the harmed side.

"Between January and June, as a result of Russian attacks, 900 civilians lost their
lives": attacks in the plural over a month or more are a period's toll, not one
attack's news, and "as a result of the armed attack" is no single strike for the "a"
of "a result". A month compared in a clause ("compared with May, when ...") dates its
own toll, and "people" counted straight after a civilian toll are those civilians. One
strike's dead and a named town set apart by "alone" never become a side's toll.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

MONTHS = ["January", "February", "March", "April", "June"]


@settings(max_examples=6, deadline=None)
@given(
    killed=st.integers(min_value=120, max_value=2_900),
    hurt=st.integers(min_value=3_000, max_value=9_000),
    cause=st.sampled_from(["Russian attacks", "Russian strikes"]),
)
def test_news_plural_attacks_over_half_a_year_are_a_toll(
    news: Callable[..., Any],
    dated_claims: Callable[[Any], set[tuple[str, str, str, str]]],
    killed: int,
    hurt: int,
    cause: str,
) -> None:
    """A half-year's toll put on attacks in the plural is the harmed side's claim."""
    text = (
        f"Over the first half of this year, {killed:,} civilians were killed as a "
        f"result of {cause} and {hurt:,} were injured, the rights office reported."
    )
    read = dated_claims(news(text, published=date(2026, 8, 3)))
    span = "2026-01-01/2026-06-30"
    assert ("UKR", "killed", f"{killed:,}", span) in read
    assert ("UKR", "wounded", f"{hurt:,}", span) in read


def test_news_plural_attacks_on_one_day_stay_news(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """Attacks in the plural on one day are that day's news, not a toll."""
    text = "On Tuesday 14 civilians died as a result of Russian strikes on the port."
    assert not found(news(text))


def test_news_a_result_of_the_armed_attack_is_no_single_strike(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """The "a" of "a result of" does not make the war's "armed attack" one strike."""
    text = (
        "The monitors' count for August 2026 is 310 civilians killed and 1,420 injured in "
        "Ukraine, all as a result of the armed attack of the Russian Federation."
    )
    read = found(news(text, published=date(2026, 9, 9)))
    assert ("UKR", "killed", Count.exact(310)) in read
    assert ("UKR", "wounded", Count.exact(1_420)) in read


def test_news_a_single_strike_still_is_one_attack(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """A determiner of the attack's own noun group still makes it one attack."""
    text = "Nine civilians were killed in Ukraine as a result of a single missile strike."
    assert not found(news(text))


@settings(max_examples=5, deadline=None)
@given(month=st.sampled_from(MONTHS), killed=st.integers(min_value=100, max_value=400))
def test_news_month_compared_with_dates_its_toll(
    news: Callable[..., Any],
    dated_claims: Callable[[Any], set[tuple[str, str, str, str]]],
    month: str,
    killed: int,
) -> None:
    """ "compared with May, when N civilians were killed" is that month's toll."""
    text = (
        "The monitors said 520 civilians were killed in Ukraine in July. The rise "
        f"compared with {month}, when {killed} civilians were killed and 800 injured, "
        "was driven by attacks with glide bombs on towns near the front."
    )
    read = dated_claims(news(text, published=date(2026, 8, 12)))
    number = {"January": 1, "February": 2, "March": 3, "April": 4, "June": 6}[month]
    assert ("UKR", "killed", str(killed), f"2026-{number:02d}") in read
    assert ("UKR", "wounded", "800", f"2026-{number:02d}") in read


def test_news_may_after_with_is_the_month(
    news: Callable[..., Any],
    dated_claims: Callable[[Any], set[tuple[str, str, str, str]]],
) -> None:
    """No modal follows "with", so "compared with May" names the month."""
    text = (
        "The monitors said 520 civilians were killed in Ukraine in July, up sharply "
        "compared with May, when 140 civilians were killed."
    )
    read = dated_claims(news(text, published=date(2026, 8, 12)))
    assert ("UKR", "killed", "140", "2026-05") in read


def test_news_people_after_a_civilian_toll_are_those_civilians(
    news: Callable[..., Any],
    dated_claims: Callable[[Any], set[tuple[str, str, str, str]]],
) -> None:
    """People counted in the next sentence, with no attack named, are the same civilians."""
    text = (
        "Since January, 2,300 civilians have been killed in Ukraine. "
        "In May alone, 318 people were killed and 1,120 injured."
    )
    read = dated_claims(news(text, published=date(2026, 6, 20)))
    assert ("UKR", "killed", "318", "2026-05") in read
    assert ("UKR", "wounded", "1,120", "2026-05") in read


def test_news_people_of_one_strike_after_a_civilian_toll_are_not_a_toll(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """A sentence naming one strike tells its dead, even after a civilian toll."""
    text = (
        "The monitors said 520 civilians were killed in Ukraine in July. The worst "
        "single event was the rocket strike on a market in a small town on 9 July, which "
        "killed 41 people."
    )
    read = found(news(text, published=date(2026, 8, 12)))
    assert ("UKR", "killed", Count.exact(520)) in read
    assert not any(count == Count.exact(41) for _, _, count in read)


def test_news_a_town_alone_opening_the_sentence_is_no_toll(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """ "For <town> alone, ..." sets a place apart: its count is no side's toll."""
    text = (
        "Since 2022 at least 15,000 civilians have been killed in Ukraine. "
        "For Pokrovsk alone, the town council puts the civilian dead at several hundred."
    )
    read = found(news(text, published=date(2026, 8, 12)))
    assert ("UKR", "killed", Count.parse("at least 15,000")) in read
    assert len(read) == 1
