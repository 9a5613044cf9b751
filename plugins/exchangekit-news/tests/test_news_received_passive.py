"""People who "had been received", with no receiver named: taken in by the teller's side.

"A further 900 bodies had been received over the weekend, the minister said": the
passive names no one who received them, so, as with "came home", the side whose
official tells it got its own people back. Only in a story of return (bodies,
captives, an exchange, "a further N" after handovers told): people received "at"
a hospital or "into" a unit are an intake. A "by" naming the receiver, a "since"
(a running sum) or a neutral teller leave the rule out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 16)


@given(count=st.integers(min_value=20, max_value=1500))
@settings(max_examples=10, deadline=None)
def test_news_bodies_received_go_to_the_tellers_side(news: News, count: int) -> None:
    text = f"Ukraine's interior minister said on Sunday that {count:,} bodies had been received."
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("RUS", "UKR", "remains", f"{count:,}") in legs
    assert not any(receiver == "RUS" for _, receiver, *_ in legs)


def test_news_a_further_bare_figure_received_past_a_total(news: News) -> None:
    # harder: no noun after the figure, and a running total closes the sentence
    text = (
        "On Friday 900 bodies came back to Ukraine. Ukraine's interior minister said "
        "on Sunday that a further 640 had been received, taking the total since "
        "Friday to 1,540."
    )
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("RUS", "UKR", "remains", "640") in legs


def test_news_received_since_is_no_handover(news: News) -> None:
    # near miss: "since" in the clause makes it a running sum, not one handover
    text = "Ukraine's interior minister said that 1,300 bodies had been received since June."
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert not any(count == "1,300" for *_, count in legs)


@given(count=st.integers(min_value=20, max_value=900))
@settings(max_examples=10, deadline=None)
def test_news_received_at_a_hospital_is_no_handover(news: News, count: int) -> None:
    # near miss: an intake at a place, not people coming back from the other side
    text = (
        f"Kyiv officials said {count:,} injured troops had been received "
        "at a field clinic on Monday."
    )
    assert news(text, published=PUBLISHED).legs_as_text() == set()


def test_news_received_into_a_unit_is_no_handover(news: News) -> None:
    # near miss: recruits taken into a force are no return from captivity
    text = (
        "The defence ministry in Kyiv said 65 foreign recruits had been received "
        "into a brigade on Monday."
    )
    assert news(text, published=PUBLISHED).legs_as_text() == set()


def test_news_soldiers_received_with_no_return_told_is_no_handover(news: News) -> None:
    # near miss: soldiers "received" with nothing naming captivity, bodies or a swap
    text = "Kyiv said on Monday that 310 soldiers had been received."
    assert news(text, published=PUBLISHED).legs_as_text() == set()


def test_news_soldiers_received_from_captivity_come_home(news: News) -> None:
    # harder: the people are soldiers, and "from captivity" tells that it is a return
    text = "Kyiv said on Monday that 310 soldiers released from captivity had been received."
    assert ("RUS", "UKR", "prisoners_of_war", "310") in news(
        text, published=PUBLISHED
    ).legs_as_text()


def test_news_since_opening_the_sentence_blocks_one_handover(news: News) -> None:
    # near miss: "since" before a comma still makes the figure a running sum
    text = "Since the spring, Kyiv's interior minister said, 2,400 bodies had been received."
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert not any(count == "2,400" for *_, count in legs)
