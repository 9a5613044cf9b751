"""A running total a speaker "says" stands now is the story's, not the scene's day before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2024, 1, 24)


def test_news_present_saying_of_a_perfect_total_stands_when_told(news: News) -> None:
    # the date of the sentence before is a look back; the headquarters' count is current
    result = news(
        "KYIV, Jan 24 (Wire) - The previous swap, on January 3, was the biggest so far. "
        "The coordination office says 2,900 Ukrainians have been freed since February 2022.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2024-01-24"


def test_news_present_saying_in_a_live_blog_entry_stands_on_its_day(news: News) -> None:
    # a harder form: a live blog's time-stamped entry, the count's verb a passive perfect
    result = news(
        "War in Ukraine - live | Wednesday 24 January 2024\n\n"
        "16:40\n"
        "Some background: the last handover, on January 3, brought home 230 people. "
        "The ombudsman says 2,900 Ukrainians in all have been returned from captivity "
        "since 2022.\n",
        published=_PUBLISHED,
    )
    dates = {str(t.count): str(t.as_of) for t in result.tallies}
    assert dates.get("2,900") == "2024-01-24"


def test_news_past_saying_after_a_dated_meeting_keeps_the_meetings_day(news: News) -> None:
    # near miss: "said" after a meeting told on Friday is what was said that day
    result = news(
        "KYIV, Jan 24 (Wire) - Officials met the families on January 19. They said "
        "2,900 Ukrainians have been freed since 2022, but declined to say how many remain.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2024-01-19"
