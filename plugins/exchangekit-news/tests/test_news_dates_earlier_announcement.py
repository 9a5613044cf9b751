"""A day an announcement was made on, told in the pluperfect, dates no exchange after it.

"On Wednesday 175 came home. That was the number Moscow had announced on Tuesday.
Ukraine also handed over 22 wounded men": the 22 were handed over in Wednesday's
exchange; Tuesday is when an earlier telling was made, looking back from the story.
A sentence telling on a day in the simple past ("Moscow said on Tuesday ...") or an
exchange that had taken place on a day still sets the scene as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_PUBLISHED = date(2025, 3, 20)  # a Thursday
DatedLegs = Callable[[str, date], set[tuple[str, str, str, str]]]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    verb=st.sampled_from(["announced", "put out", "published", "given", "reported"]),
    noun=st.sampled_from(["figure", "number", "count"]),
    teller=st.sampled_from(["the Kremlin", "Moscow", "the defence ministry"]),
    extra=st.integers(min_value=5, max_value=60),
)
def test_news_an_earlier_announcement_day_sets_no_scene(
    dated_legs: DatedLegs, verb: str, noun: str, teller: str, extra: int
) -> None:
    """The later sentence's handover keeps the exchange's day, whatever the wording."""
    text = (
        "On Wednesday 150 Ukrainian soldiers came home, and Russia got the same number of "
        f"its servicemen back. That was the {noun} {teller} had {verb} on Monday. Ukraine "
        f"also handed over {extra} seriously wounded Russian soldiers."
    )
    assert ("2025-03-19", "UKR", "RUS", str(extra)) in dated_legs(text, _PUBLISHED)
    assert not any(d == "2025-03-17" for d, *_ in dated_legs(text, _PUBLISHED))


def test_news_an_earlier_announcement_in_a_relative_clause(dated_legs: DatedLegs) -> None:
    """The harder form: the telling inside a clause on the number, a time of day after it."""
    text = (
        "Russia and Ukraine exchanged prisoners on Wednesday: 175 Ukrainians were freed and "
        "175 Russians returned. It matched what officials in Moscow had announced on Monday "
        "evening, before the talks. Kyiv also sent back 19 badly wounded Russian prisoners."
    )
    assert ("2025-03-19", "UKR", "RUS", "19") in dated_legs(text, _PUBLISHED)


@pytest.mark.parametrize("day", _WEEKDAYS)
def test_news_an_exchange_that_had_taken_place_still_sets_the_scene(
    dated_legs: DatedLegs, day: str
) -> None:
    """Near-miss: a pluperfect of the exchange itself, not of a telling, dates what follows."""
    text = (
        f"The swap, officials in Kyiv confirmed, had taken place on {day}. "
        "Ukraine handed over 40 Russian soldiers."
    )
    assert dated_legs(text, _PUBLISHED) == {
        (f"2025-03-{17 + _WEEKDAYS.index(day):02d}", "UKR", "RUS", "40")
    }


@pytest.mark.parametrize("had", [False, True])
def test_news_a_simple_past_telling_keeps_its_day(dated_legs: DatedLegs, had: bool) -> None:
    """Near-miss: "Moscow announced on Monday" with no exchange told before dates the
    handover after it by Monday. With "had" too: the swap told done by Monday has no
    other day to take, so Monday stays its latest possible day."""
    verb = "had announced" if had else "announced"
    text = f"Moscow {verb} on Monday that the swap was done. Ukraine handed over 40 soldiers."
    assert dated_legs(text, _PUBLISHED) == {("2025-03-17", "UKR", "RUS", "40")}
