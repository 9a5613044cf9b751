"""A speaker who says "the swap included N" hands no one over.

"Zelensky said the exchange had included 17 civilians": the exchange is what
included them, and the speaker, before "said", is not its subject. Read as the
sender, Kyiv's own civilians went to Russia. With no side said to send or receive
them, nothing is read; a side that is the reported clause's subject still sends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_news_speaker_before_swap_included(news: Callable[..., Any]) -> None:
    read = news(
        "Kyiv got back 140 of its people on Saturday, and in a video address that evening "
        "Zelensky said the exchange had included 17 civilians, among them two priests."
    )
    assert ("RUS", "UKR", "140") in read.ways_as_text()
    assert not any(receiver == "RUS" for _, receiver, _ in read.ways_as_text())


def test_news_speaker_alone_before_swap_involved(news: Callable[..., Any]) -> None:
    read = news("Speaking late on Friday, Zelensky said the swap had involved 26 medics.")
    assert read.exchanges == []


def test_news_side_as_reported_subject_still_sends(news: Callable[..., Any]) -> None:
    # near-miss: Ukraine, the reported clause's subject, handed the civilians over
    read = news("Zelensky said on Saturday that Ukraine had handed over 17 Russian civilians.")
    assert read.ways_as_text() == {("UKR", "RUS", "17")}
