"""A day an announcement was made on, told in the pluperfect, dates no exchange after it.

"On Wednesday 175 came home. That was the number Moscow had announced on Tuesday.
Ukraine also handed over 22 wounded men": the 22 were handed over in Wednesday's
exchange; Tuesday is when an earlier telling was made, looking back from the story.
A sentence telling on a day in the simple past ("Moscow said on Tuesday ...") or an
exchange that had taken place on a day still sets the scene as before.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

_PUBLISHED = date(2025, 3, 20)  # a Thursday
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday"]


def dated(text: str) -> set[tuple[str, str, str, str]]:
    """(day, sender, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=_PUBLISHED, publisher="Desk"
    )
    return {
        (i.period.format(), t.sender.code, t.receiver.code, str(t.count))
        for i in items
        if isinstance(i, Exchange)
        for t in i.transfers
    }


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    verb=st.sampled_from(["announced", "put out", "published", "given", "reported"]),
    noun=st.sampled_from(["figure", "number", "count"]),
    teller=st.sampled_from(["the Kremlin", "Moscow", "the defence ministry"]),
    extra=st.integers(min_value=5, max_value=60),
)
def test_news_an_earlier_announcement_day_sets_no_scene(
    verb: str, noun: str, teller: str, extra: int
) -> None:
    """The later sentence's handover keeps the exchange's day, whatever the wording."""
    text = (
        "On Wednesday 150 Ukrainian soldiers came home, and Russia got the same number of "
        f"its servicemen back. That was the {noun} {teller} had {verb} on Monday. Ukraine "
        f"also handed over {extra} seriously wounded Russian soldiers."
    )
    assert ("2025-03-19", "UKR", "RUS", str(extra)) in dated(text)
    assert not any(d == "2025-03-17" for d, *_ in dated(text))


def test_news_an_earlier_announcement_in_a_relative_clause() -> None:
    """The harder form: the telling inside a clause on the number, a time of day after it."""
    text = (
        "Russia and Ukraine exchanged prisoners on Wednesday: 175 Ukrainians were freed and "
        "175 Russians returned. It matched what officials in Moscow had announced on Monday "
        "evening, before the talks. Kyiv also sent back 19 badly wounded Russian prisoners."
    )
    assert ("2025-03-19", "UKR", "RUS", "19") in dated(text)


@pytest.mark.parametrize("day", _WEEKDAYS)
def test_news_an_exchange_that_had_taken_place_still_sets_the_scene(day: str) -> None:
    """Near-miss: a pluperfect of the exchange itself, not of a telling, dates what follows."""
    text = (
        f"The swap, officials in Kyiv confirmed, had taken place on {day}. "
        "Ukraine handed over 40 Russian soldiers."
    )
    assert dated(text) == {(f"2025-03-{17 + _WEEKDAYS.index(day):02d}", "UKR", "RUS", "40")}


@pytest.mark.parametrize("had", [False, True])
def test_news_a_simple_past_telling_keeps_its_day(had: bool) -> None:
    """Near-miss: "Moscow announced on Monday" with no exchange told before dates the
    handover after it by Monday. With "had" too: the swap told done by Monday has no
    other day to take, so Monday stays its latest possible day."""
    verb = "had announced" if had else "announced"
    text = f"Moscow {verb} on Monday that the swap was done. Ukraine handed over 40 soldiers."
    assert dated(text) == {("2025-03-17", "UKR", "RUS", "40")}
