"""A verbless list of dates with one size told "each time": one handover of bodies a date.

"Russia handed the bodies of 900 soldiers to Ukraine on 2 October. Before that, in
June, July and August, each time roughly 800": the fragment has no verb, but its
size recurs on every date listed, and the bodies go the way the story's bodies go.
A size of other people, a story with no way for bodies, or a number that goes on
into a clause of its own ("each time 30 minutes late") gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

_BEFORE = "Russia handed the bodies of 900 soldiers to Ukraine on 2 October. "


def _sizes(found: set[tuple[str, str, str, str, str]]) -> dict[str, str]:
    """Each period's size of bodies sent to Ukraine, for the legs other than 2 October's."""
    return {
        leg[0]: leg[4]
        for leg in found
        if leg[1:4] == ("RUS", "UKR", "remains") and leg[0] != "2025-10-02"
    }


def test_news_each_time_before_the_size(recap: Callable[[str], Any]) -> None:
    found = recap(_BEFORE + "Before that, in June, July and August, each time roughly 800.")
    size = str(Count.parse("roughly 800"))
    assert _sizes(found) == {"2025-06": size, "2025-07": size, "2025-08": size}


def test_news_each_time_after_the_size_over_days(recap: Callable[[str], Any]) -> None:
    found = recap(_BEFORE + "On 4 June, 9 July and 14 August, some 600 each time.")
    size = str(Count.parse("some 600"))
    assert _sizes(found) == {"2025-06-04": size, "2025-07-09": size, "2025-08-14": size}


def test_news_each_time_after_the_size_of_bodies(recap: Callable[[str], Any]) -> None:
    found = recap(_BEFORE + "Before that, in June, July and August, about 800 bodies each time.")
    size = str(Count.parse("about 800"))
    assert _sizes(found) == {"2025-06": size, "2025-07": size, "2025-08": size}


def test_news_each_time_of_soldiers_is_not_read_as_bodies(recap: Callable[[str], Any]) -> None:
    found = recap(_BEFORE + "Before that, in June, July and August, about 800 soldiers each time.")
    assert _sizes(found) == {}


def test_news_each_time_in_a_prisoner_story_is_not_read(recap: Callable[[str], Any]) -> None:
    """No way for bodies was told, and "about 80" alone says neither kind nor side."""
    found = recap(
        "Ukraine and Russia swapped 90 prisoners each on 2 October."
        " Before that, in June, July and August, each time about 80."
    )
    assert not any(leg[4] == str(Count.parse("about 80")) for leg in found)


def test_news_each_time_number_going_on_is_not_a_size(recap: Callable[[str], Any]) -> None:
    found = recap(_BEFORE + "In June, July and August the convoys left each time 30 minutes late.")
    assert _sizes(found) == {}


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=20, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_each_time_any_size(recap: Callable[[str], Any], n: int) -> None:
    found = recap(_BEFORE + f"Before that, in June and July, each time {n:,}.")
    size = str(Count.parse(f"{n:,}"))
    assert _sizes(found) == {"2025-06": size, "2025-07": size}
