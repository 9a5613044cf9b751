"""A bare "the total stood at N" updating the one running total the sentence before told.

An update gives a side's running total, then a later value of it from a teller who
names no side: "3,900 Ukrainians had been freed since 2022. With Wednesday's swap, his
office said, the total stood at 4,050." The bare total goes on counting the same
people the same way; a value below the one told is no later state of it and is left.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 3, 12)


def _tallies(news: News, text: str) -> set[tuple[str, str, str]]:
    return {
        (t.sender.code if t.sender else "", t.receiver.code if t.receiver else "", str(t.count))
        for t in news(text, published=PUBLISHED).tallies
    }


@given(
    told=st.integers(min_value=1200, max_value=5000),
    added=st.integers(min_value=20, max_value=400),
)
@settings(max_examples=10, deadline=None)
def test_news_the_later_total_keeps_the_way_of_the_one_told(
    news: News, told: int, added: int
) -> None:
    text = (
        f"The president said {told:,} Ukrainians had been freed from Russian captivity "
        f"since 2022. His office later said that with Tuesday's swap the total stood at "
        f"{told + added:,}."
    )
    tallies = _tallies(news, text)
    assert ("RUS", "UKR", f"{told + added:,}") in tallies
    assert ("UKR", "RUS", f"{told + added:,}") not in tallies


def test_news_the_later_total_of_bodies_going_to_russia(news: News) -> None:
    # harder: the running total goes to Russia, and the update says "now"
    text = (
        "Moscow said it had received the bodies of 640 servicemen since the spring. "
        "According to the committee, the total now stands at 702."
    )
    assert ("UKR", "RUS", "702") in _tallies(news, text)


def test_news_a_smaller_total_is_no_later_state(news: News) -> None:
    # near miss: a total below the one told counts something else; no side is guessed
    text = (
        "The president said 4,100 Ukrainians had been freed from Russian captivity "
        "since 2022. His office said the total stood at 300."
    )
    tallies = _tallies(news, text)
    assert not any(count == "300" for *_, count in tallies)


def test_news_a_total_of_those_still_held_is_no_later_freed_total(news: News) -> None:
    # near miss: the frame names the people still held; the figure is not of the freed
    text = (
        "The ombudsman said 2,700 Ukrainians had been freed from Russian captivity since "
        "2022. In Russian captivity, his staff said, the total stood at 7,500."
    )
    tallies = _tallies(news, text)
    assert not any(count == "7,500" for *_, count in tallies)


@given(
    told=st.integers(min_value=1200, max_value=5000),
    part=st.integers(min_value=1, max_value=400),
)
@settings(max_examples=10, deadline=None)
def test_news_a_total_among_a_part_is_no_later_state(news: News, told: int, part: int) -> None:
    # near miss: "among <people>" counts a part of those freed, not a later whole
    text = (
        f"The president said {told:,} Ukrainians had been freed from Russian captivity "
        f"since 2022. Among civilians, his office said, the total stood at {told + part:,}."
    )
    tallies = _tallies(news, text)
    assert not any(count == f"{told + part:,}" for *_, count in tallies)


def test_news_a_framed_update_past_a_speech_tag_is_taken_up(news: News) -> None:
    # harder: the swap frame and the teller both stand before the bare total
    text = (
        "The president said 3,100 Ukrainians had been freed from Russian captivity since "
        "2022. After Tuesday's exchange, his office said, the total stood at 3,290."
    )
    assert ("RUS", "UKR", "3,290") in _tallies(news, text)
