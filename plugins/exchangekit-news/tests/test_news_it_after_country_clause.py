"""A later "it" in a sentence that a country opened is that country, not an earlier agency.

"Ukraine's prisoner headquarters gave the figures. On May 2, Russia received 15; on
June 6 it received 21": with no speaker named in the sentence, "it" points back to
the country that opened it as subject (Russia), not to the agency named a sentence
before (whose side is Ukraine's). Reading the agency would send the 21 to Ukraine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

HEADQUARTERS = (
    "By the count of Ukraine's Coordination Headquarters, Kyiv received 900 bodies in 2025. "
)


def test_news_it_is_the_country_that_opened_the_sentence(recap: Callable[[str], Any]) -> None:
    found = recap(HEADQUARTERS + "On May 2, Russia received 15 bodies; on June 6 it received 21.")
    assert ("2025-06-06", "UKR", "RUS", "remains", "21") in found
    assert not any(receiver == "UKR" and count == "21" for _, _, receiver, _, count in found)


def test_news_it_after_country_harder_form(recap: Callable[[str], Any]) -> None:
    # the harder form: two dates shared by a first size, "it" after an adverb
    found = recap(
        HEADQUARTERS + "On March 4 and April 1, Moscow took back 12 bodies each time; on May 9 it"
        " then received 18."
    )
    assert ("2025-05-09", "UKR", "RUS", "remains", "18") in found


def test_news_it_after_a_speaker_in_the_sentence_stays_the_speaker(
    recap: Callable[[str], Any],
) -> None:
    # near miss: the sentence names its speaker, whom "it" may point back to; no leg of
    # the 21 is sent to Russia by the new rule
    found = recap(
        "Ukraine's Coordination Headquarters said that on May 2 Kyiv got back 400 bodies;"
        " on June 6 it received 21."
    )
    assert not any(receiver == "RUS" and count == "21" for _, _, receiver, _, count in found)
