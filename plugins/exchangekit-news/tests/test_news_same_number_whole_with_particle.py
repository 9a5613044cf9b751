""" "The same number" after a whole closed by its verb's particle and set-off parts.

"Kyiv brought 210 people home – 180 soldiers and 30 civilians – and Russia received the same
number": "home" (or "back") ends the whole's phrase, the dashes set off its parts, and
the bare repeat is of the whole, people of no one kind, never the last part's civilians.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def test_news_same_number_after_a_whole_brought_home_repeats_the_whole(news: News) -> None:
    result = news(
        "On Tuesday Kyiv brought 210 people home – 180 soldiers and 30 civilians – and "
        "Russia received the same number."
    )
    moved = result.legs_as_text()
    assert ("UKR", "RUS", "other", "210") in moved
    assert not any(s == "UKR" and c != "210" for s, _, _, c in moved)


def test_news_same_number_after_a_whole_got_back_with_an_aside_in_the_parts(news: News) -> None:
    # a harder form: "back" as the particle, a day after it and a source inside the dashes
    result = news(
        "Ukraine got 210 of its citizens back on Tuesday — 180 servicemen and 30 "
        "civilians, the ombudsman said — and Russia received the same number."
    )
    moved = result.legs_as_text()
    assert ("UKR", "RUS", "other", "210") in moved
    assert ("UKR", "RUS", "civilians", "30") not in moved


def test_news_same_number_after_kinds_with_no_whole_reads_no_part(news: News) -> None:
    # near miss: "home" after two parts and no whole; the repeat is not the civilians
    result = news(
        "On Tuesday 180 soldiers and 30 civilians came home, and Russia received the same number."
    )
    assert ("UKR", "RUS", "civilians", "30") not in result.legs_as_text()


@settings(max_examples=15, deadline=None)
@given(
    soldiers=st.integers(min_value=40, max_value=400),
    civilians=st.integers(min_value=3, max_value=39),
    particle=st.sampled_from(["home", "back"]),
    dash=st.sampled_from(["–", "—"]),
)
def test_news_the_repeat_of_a_whole_with_a_particle_is_never_its_last_part(
    news: News, soldiers: int, civilians: int, particle: str, dash: str
) -> None:
    total = soldiers + civilians
    result = news(
        f"On Tuesday Kyiv brought {total} people {particle} {dash} {soldiers} soldiers and "
        f"{civilians} civilians {dash} and Russia received the same number."
    )
    to_russia = {(k, c) for s, _, k, c in result.legs_as_text() if s == "UKR"}
    assert to_russia == {("other", str(total))}
