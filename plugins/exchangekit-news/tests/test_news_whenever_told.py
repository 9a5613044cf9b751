"""A handover inside "every time they say ...": what reports keep saying, not an event.

"Every time they say a thousand bodies came back, I think of him": the present verb of
saying after "every time", "each time" or "whenever" frames any report at all, so
the figure is no handover on any date; a handover told with a later aside of saying
is read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_news_every_time_they_say_is_no_handover(news: Callable[..., Any]) -> None:
    text = (
        'The mother of a missing marine waits by the phone. "Every time they say six'
        ' hundred bodies were returned, I wonder if he is one of them," she said on Monday.'
    )
    assert news(text).exchanges == []


def test_news_whenever_the_radio_reports(news: Callable[..., Any]) -> None:
    # the harder form: "whenever", a longer subject, a figure in digits with a kind
    text = (
        "Whenever the evening news reports that 150 prisoners came home, the families"
        " gather at the square on Monday."
    )
    assert news(text).exchanges == []


def test_news_each_time_with_a_later_aside_is_read(recap: Callable[[str], Any]) -> None:
    # near miss: the saying is an aside after the handover, which is read
    found = recap(
        "In August, September and October, Ukraine took back about 700 bodies each"
        " time, the headquarters reports."
    )
    assert {(p, n) for p, _, _, _, n in found} == {
        ("2025-08", "around 700 [630, 770]"),
        ("2025-09", "around 700 [630, 770]"),
        ("2025-10", "around 700 [630, 770]"),
    }


def test_news_a_handover_past_the_frames_colon_is_read(news: Callable[..., Any]) -> None:
    # review 29, finding 17: the habitual frame is its own clause; a handover told after
    # a colon or semicolon is an event of its own
    for mark in (":", ";"):
        text = (
            "Each time the agency announces a swap, the figures disagree"
            f"{mark} on Friday Ukraine got back 62 prisoners of war."
        )
        periods = {str(e.period) for e in news(text).exchanges}
        assert len(periods) == 1
