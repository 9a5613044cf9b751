"""A total told "with" the stages of several named days is not dated by those days.

"She says 290 soldiers came home today, and that, with Monday's and Tuesday's stages,
the total freed under the deal is 900": the days' stages are parts of the sum, which
stands on the day it is told, not on the first stage's day. One day's exchange ("With
Monday's handover, the total reached 900") still names the day the total was reached.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 23)  # a Thursday


@settings(max_examples=20, deadline=None)
@given(
    days=st.sampled_from([("Monday", "Tuesday"), ("Tuesday", "Wednesday")]),
    noun=st.sampled_from(["stages", "handovers", "rounds"]),
    total=st.integers(6, 12).map(lambda k: k * 100),
)
def test_news_a_total_with_named_days_stages_is_of_the_telling(
    news: News, days: tuple[str, str], noun: str, total: int
) -> None:
    first, second = days
    text = (
        "Ukraine's ombudsman says 290 soldiers came home today, and that, with "
        f"{first}'s and {second}'s {noun}, the total returned to Ukraine under the deal "
        f"is {total:,}."
    )
    assert "2025-10-23" in news(text, published=_PUBLISHED).tally_day_list()


def test_news_a_stages_sum_opening_the_sentence(news: News) -> None:
    """The harder form: the phrase opens the sentence and a past tense follows it."""
    text = (
        "With Monday's and Tuesday's stages, the number of Ukrainians returned home under "
        "the agreement rose to 900, Ukraine's ombudsman said on Wednesday."
    )
    assert news(text, published=_PUBLISHED).tally_day_list() == [
        "2025-10-22"
    ]  # the day it was said


def test_news_one_days_handover_still_dates_the_total(news: News) -> None:
    """Near-miss: one day's handover is the exchange the total was reached with."""
    text = "With Monday's handover, the total returned to Ukraine under the deal reached 900."
    assert news(text, published=_PUBLISHED).tally_day_list() == ["2025-10-20"]
