"""A ", with" phrase whose people get an infinitive of their own tells of no move.

"..., with as many as 70 Russians said to be on the next list": the people are on a
list, not moved by the verb before the comma, as "with 40 more expected to be
released next week" names a plan. A participle of moving in the phrase ("with 70 Russians going
the other way") still moves its people.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_news_with_people_said_to_be_on_a_list(news: Callable[..., Any]) -> None:
    read = news(
        "Kyiv said on Friday that 150 of its soldiers had been freed in the swap, with, "
        "according to one negotiator, as many as 70 Russians said to be on the next list."
    )
    assert not any(count == "at most 70" or count == "70" for *_, count in read.legs_as_text())


def test_news_with_people_said_to_be_on_a_list_no_aside(news: Callable[..., Any]) -> None:
    read = news(
        "Kyiv said 150 soldiers came home on Friday, with as many as 70 Russians "
        "reported to be on the next list."
    )
    assert {count for *_, count in read.legs_as_text()} == {"150"}


def test_news_with_people_going_the_other_way_moved(news: Callable[..., Any]) -> None:
    # near-miss: a participle of moving in the phrase moves its people
    read = news("Russia freed 150 soldiers on Friday, with 70 Russians going the other way.")
    assert ("UKR", "RUS", "70") in read.ways_as_text()
