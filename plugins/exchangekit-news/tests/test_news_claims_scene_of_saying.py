"""A statement told in the past right after a sentence that set its scene with a date.

"The ministry at last gave a count in March 2023. Its minister said 20,000 soldiers had
been killed": the figure was given when the sentence before says, not on the day of the
report. A present "says", a date of the sentence's own, or a date that only says when
something began ("The offensive began in June 2023.") keeps the other readings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_PUBLISHED = date(2024, 12, 9)

_SCENES = (
    "Kyiv ended months of silence on its losses in {month} 2023.",
    "In {month} 2023, after long refusing, Kyiv published a count of its dead.",
    "The government finally put a number on its dead in {month} 2023.",
)
_MONTHS = ("March", "April", "May", "July")


@settings(max_examples=25, deadline=None)
@given(
    scene=st.sampled_from(_SCENES),
    month=st.sampled_from(_MONTHS),
    count=st.integers(11, 49).map(lambda k: k * 1000),
)
def test_news_a_past_saying_takes_the_month_the_sentence_before_set(
    news: News, scene: str, month: str, count: int
) -> None:
    text = (
        scene.format(month=month)
        + f" President Zelensky said {count:,} Ukrainian soldiers had been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of == Period.month(2023, _MONTHS_NUMBERED[month])


_MONTHS_NUMBERED = {"March": 3, "April": 4, "May": 5, "July": 7}


def test_news_a_day_scene_and_a_minister_speaking(news: News) -> None:
    """The harder form: a day, a named minister, and the count told in a subordinate."""
    text = (
        "For the first time in a year, the defence ministry spoke about its losses on "
        "14 October 2023. Defence Minister Rustem Umerov told reporters that, by his "
        "count, 27,000 Ukrainian soldiers had been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of == Period.day(date(2023, 10, 14))


def test_news_a_start_sets_no_date_of_the_statement(news: News) -> None:
    """Near miss: the date before says when an offensive began, not when anyone spoke."""
    text = (
        "The counteroffensive began in June 2023. President Zelensky said 20,000 "
        "Ukrainian soldiers had been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of != Period.month(2023, 6)


def test_news_a_present_says_stays_current(news: News) -> None:
    """Near miss: "says" tells the figure as it stands when reported."""
    text = (
        "Kyiv ended months of silence on its losses in March 2023. President Zelensky "
        "says 20,000 Ukrainian soldiers have been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of != Period.month(2023, 3)
