"""A total "the latest handover" brought stands on the newest exchange told, not a look back.

"Russia returned 800 bodies on Tuesday. Six weeks earlier, on 2 May, Kyiv had received
600. The latest handover took the number of bodies recovered past 12,000": the sentence
before looked back to May; the latest handover is Tuesday's, so the total stood then.
A total whose own sentence names its day keeps that day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 19)  # a Thursday
_TUESDAY = "2025-06-17"

_STORY = (
    "KYIV - Russia returned the bodies of 800 Ukrainian soldiers to Ukraine on Tuesday, "
    "officials said on Thursday.\n\n"
    "Six weeks earlier, on 2 May, Kyiv had received 600 bodies and handed 40 to Russia. "
)


@settings(max_examples=15, deadline=None)
@given(
    opener=st.sampled_from(["The latest", "The most recent", "The last"]),
    noun=st.sampled_from(["handover", "exchange", "swap"]),
    verb=st.sampled_from(["took", "brought", "pushed"]),
)
def test_news_the_latest_handover_dates_the_total_by_the_newest_exchange(
    news: News, opener: str, noun: str, verb: str
) -> None:
    """Whatever the words for "latest", the noun and the verb, the total stood on Tuesday."""
    result = news(
        f"{_STORY}{opener} {noun} {verb} the number of bodies returned to Ukraine since 2022"
        " past 12,000, the authorities said.\n",
        published=_PUBLISHED,
    )
    assert result.tally_day_list() == [_TUESDAY]


def test_news_a_total_told_after_the_look_back_alone_keeps_its_day(news: News) -> None:
    """The near miss: "That handover" points to the exchange just told, the May one."""
    result = news(
        f"{_STORY}That handover took the number of bodies returned to Ukraine since 2022 past"
        " 11,000, the authorities said.\n",
        published=_PUBLISHED,
    )
    assert result.tally_day_list() == ["2025-05-02"]
