"""A list's sizes repeated "each time" go back as the people the phrase names, on their days.

"On 4 and 11 March, 35 and 80 Ukrainian soldiers respectively came home, each time in
exchange for the same number of Russians": each listed size went the other way too,
on that size's own day, and what went back were "Russians" (kind other), not the
soldiers the list counted. A phrase naming no people ("each time for the same
number") never gives the repeats another kind.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

_PUBLISHED = date(2023, 3, 20)


def _legs(text: str) -> set[tuple[str, str, str, str]]:
    """(day, receiver, kind, count) of every transfer read in ``text``."""
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=_PUBLISHED)
    return {
        (str(item.period), t.receiver.code, t.category.value, str(t.count))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@pytest.mark.parametrize(
    ("text", "back_kind"),
    [
        (
            "On 4 and 11 March, 35 and 80 Ukrainian soldiers respectively came home, each"
            " time in exchange for the same number of Russians.",
            "other",
        ),
        (
            "On March 4 and March 11, 35 and 80 Ukrainian soldiers respectively were freed,"
            " each time in return for the same number of Russians.",
            "other",
        ),
        (
            "On 4 and 11 March, 35 and 80 Ukrainian soldiers respectively came home, each"
            " time for an equal number of Russian citizens.",
            "other",
        ),
    ],
)
def test_news_each_time_repeat_keeps_its_day_and_people(text: str, back_kind: str) -> None:
    legs = _legs(text)
    assert ("2023-03-04", "UKR", "prisoners_of_war", "35") in legs
    assert ("2023-03-11", "UKR", "prisoners_of_war", "80") in legs
    assert ("2023-03-04", "RUS", back_kind, "35") in legs
    assert ("2023-03-11", "RUS", back_kind, "80") in legs
    assert len(legs) == 4


def test_news_each_time_repeat_with_no_people_is_never_another_kind() -> None:
    """With no people named in the phrase, a repeat read counts the list's kind, on its day."""
    legs = _legs(
        "On 4 and 11 March, 35 and 80 Ukrainian soldiers respectively came home, each"
        " time for the same number."
    )
    assert ("2023-03-04", "UKR", "prisoners_of_war", "35") in legs
    back = {leg for leg in legs if leg[1] == "RUS"}
    assert back <= {
        ("2023-03-04", "RUS", "prisoners_of_war", "35"),
        ("2023-03-11", "RUS", "prisoners_of_war", "80"),
    }


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=2, max_value=800),
    second=st.integers(min_value=801, max_value=1_700),
    day=st.integers(min_value=1, max_value=9),
)
def test_news_each_time_repeats_go_to_their_own_days(first: int, second: int, day: int) -> None:
    later = day + 10
    legs = _legs(
        f"On {day} and {later} March, {first:,} and {second:,} Ukrainian soldiers"
        " respectively came home, each time in exchange for the same number of Russians."
    )
    assert (f"2023-03-{day:02d}", "RUS", "other", f"{first:,}") in legs
    assert (f"2023-03-{later:02d}", "RUS", "other", f"{second:,}") in legs
