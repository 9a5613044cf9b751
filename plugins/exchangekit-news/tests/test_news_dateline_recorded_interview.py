"""A transcript's "Interview recorded in Lviv on Friday" line dates what is said in it.

A programme broadcast on Sunday from an interview recorded on Friday gives the
figures the guest spoke on Friday: the line after the broadcast heading names the day
they were said, before the programme aired and before the transcript was posted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# posted Monday 10 March 2025, broadcast Sunday 9 March
_PUBLISHED = date(2025, 3, 10)


def _transcript(line: str) -> str:
    return (
        'RIVERSIDE RADIO - "WEEKEND HOUR"\n'
        "Broadcast Sunday 9 March 2025. Transcript posted Monday 10 March 2025.\n"
        f"{line}\n\n"
        "HOST (ANNA REID): Mr President, how many soldiers has Ukraine lost?\n\n"
        "PRESIDENT ZELENSKY: We have lost more than forty-three thousand soldiers killed. "
        "Wounded, about three hundred and seventy thousand."
    )


def _days(news: News, line: str) -> set[str]:
    return {str(c.as_of) for c in news(_transcript(line), published=_PUBLISHED).claims}


def test_news_interview_recorded_on_a_weekday_dates_its_figures(news: News) -> None:
    assert _days(news, "Interview recorded in Lviv on Friday.") == {"2025-03-07"}


def test_news_interview_recorded_on_a_date_dates_its_figures(news: News) -> None:
    assert _days(news, "Interview recorded on 7 March.") == {"2025-03-07"}


def test_news_without_a_recording_day_the_broadcast_dates_the_figures(news: News) -> None:
    # near miss: the place alone gives no day; the programme's day stands
    assert _days(news, "Interview recorded in Lviv.") == {"2025-03-09"}


def test_news_a_recording_line_saying_more_is_not_read_as_a_day(news: News) -> None:
    # near miss: the line goes on past the day, so it is not a heading of the day alone
    assert _days(news, "Interview recorded in Lviv on Friday, edited for length.") == {"2025-03-09"}


@_SETTINGS
@given(
    noun=st.sampled_from(["Interview", "Conversation", "Programme"]),
    verb=st.sampled_from(["recorded", "taped", "filmed"]),
    place=st.sampled_from(["", " in Lviv", " in Kyiv"]),
)
def test_news_a_recorded_line_dates_the_figures_said_in_it(
    news: News, noun: str, verb: str, place: str
) -> None:
    assert _days(news, f"{noun} {verb}{place} on Friday.") == {"2025-03-07"}
