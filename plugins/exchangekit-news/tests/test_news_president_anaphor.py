""" "The president" points back only to a president, never to an aide or minister named before.

"Kremlin spokesman X said ... Ukraine has not updated its count since April, when the
president said ...": the last person named is not the president the sentence means, and
a figure credited to them would carry the wrong side's word.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2024, 11, 20)


def test_news_the_president_is_not_an_aide_named_before(news: News) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said talks would go on. Ukraine has not updated "
        "its count of its dead since April, when the president said more than 40,000 had "
        "been killed."
    )
    claims = news(text, published=_PUBLISHED).claims
    assert [c.subject.code for c in claims] == ["UKR"]
    assert all("Peskov" not in str(c.claimant) for c in claims)


def test_news_the_president_still_points_back_to_a_president(news: News) -> None:
    text = (
        "President Zelensky visited the front on Monday. The president said more than "
        "40,000 Ukrainian soldiers had been killed since the invasion."
    )
    claims = news(text, published=_PUBLISHED).claims
    assert [c.subject.code for c in claims] == ["UKR"]
    assert all("Zelensky" in str(c.claimant) for c in claims)
