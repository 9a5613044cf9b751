"""A side a preposition brings in after a verb of saying is not who says it.

"On March 3 a handover brought back 640 bodies; no figure was released for the
Russian side": the Russian side is whom a figure would be of, not who released it.
Read as the speaker it became the side the story is told from, and the 640 were sent
to Russia. "..., said the Russian side" still names its speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

OPENING = "Kyiv received 500 bodies in January. "


def test_news_side_after_for_is_no_speaker(recap: Callable[[str], Any]) -> None:
    found = recap(
        OPENING + "On March 3 a handover brought back 640 bodies; no figure was released"
        " for the Russian side."
    )
    assert not any(receiver == "RUS" and count == "640" for _, _, receiver, _, count in found)


def test_news_side_after_about_is_no_speaker_harder(recap: Callable[[str], Any]) -> None:
    # the harder form: an ordinal subject, a comma aside, "about" before the side
    found = recap(
        OPENING + "The second repatriation, on April 7, brought back 702 bodies, though no"
        " count was reported about the Russian side."
    )
    assert ("2025-04-07", "RUS", "UKR", "remains", "702") in found


def test_news_side_right_after_the_verb_still_speaks(news: Callable[..., Any]) -> None:
    # near miss: "said the Russian side" names the speaker
    read = news("On Friday 84 soldiers came home, said the Russian side.")
    assert any(
        t.attributed_to is not None
        and getattr(t.attributed_to.party, "code", t.attributed_to.party) == "RUS"
        for e in read.exchanges
        for t in e.transfers
    )
