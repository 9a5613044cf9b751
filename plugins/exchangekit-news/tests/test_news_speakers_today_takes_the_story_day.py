"""A speaker's "today" with no day of its own is the day the story last gave.

'..., the governor said on Saturday evening. "Five civilians have been returned to
Russia today," he wrote': the quotation is what he said on Saturday, not on the day the
report went out. So is a guest's "Today 500 bodies were handed over" in a transcript
whose correspondent placed the handover "on Wednesday". With no day given before, the
today stays the report's own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

LEAD = (
    "Five villagers from the Bryansk border district who were taken into Ukraine during "
    "the raid on their village last spring have come back, the regional governor, "
    "Alexander Bogomaz, said{when}."
)
QUOTE = (
    '"At last! Five civilians from Klimovo, held in Ukraine for well over a year, have '
    'been returned to Russia today. I spoke to each of them," Bogomaz wrote on Telegram, '
    "posting a video."
)
TRANSCRIPT = (
    "PRESENTER: Good evening. For a third time this autumn, the dead have gone home across "
    "the border. Our correspondent has been at the crossing.\n\n"
    "CORRESPONDENT: The lorries stood here, at a checkpoint in the Sumy region,{when} when "
    "the handover took place. The Red Cross was present throughout. An MP who sits on the "
    "humanitarian working group watched the transfer.\n\n"
    "MOROZ: Today the bodies of 500 of our soldiers were handed to Ukraine, and we passed 40 "
    "to the Russian side. Every one of them has a family waiting.\n\n"
    "PRESENTER: Thank you."
)


def _days(result: Any) -> set[tuple[str, str]]:
    return {(str(leg.count), str(e.period)) for e in result.exchanges for leg in e.transfers}


def test_news_quoted_today_is_the_day_the_lead_gave_the_saying(news: News) -> None:
    text = LEAD.format(when=" on Saturday evening") + " " + QUOTE
    assert _days(news(text, published=date(2025, 6, 9))) == {("5", "2025-06-07")}


def test_news_guest_today_is_the_day_the_correspondent_gave(news: News) -> None:
    text = TRANSCRIPT.format(when=" on Wednesday,")
    assert _days(news(text, published=date(2025, 10, 23))) == {("500", "2025-10-22")}


def test_news_speakers_today_with_no_day_before_stays_the_reports(news: News) -> None:
    # near-miss: nothing before names a day, so the today is the report's
    assert _days(news(LEAD.format(when="") + " " + QUOTE, published=date(2025, 6, 9))) == {
        ("5", "2025-06-09")
    }
    assert _days(news(TRANSCRIPT.format(when=""), published=date(2025, 10, 23))) == {
        ("500", "2025-10-23")
    }
