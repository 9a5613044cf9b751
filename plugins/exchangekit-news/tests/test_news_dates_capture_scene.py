"""A sentence telling when people were captured sets no scene for the next figure.

"Some of them had been captured near Pokrovsk last autumn." between an exchange
told on its day and an undated figure of the same swap dates the capture, not the
swap: the figure after it keeps the exchange's own day. A date with no capture
verb before it still sets the scene.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

_PUBLISHED = date(2025, 3, 9)
_OPENING = (
    "KYIV, March 8 (Desk) - Ukraine and Russia traded prisoners of war on Saturday. "
    "Moscow said 120 Russian soldiers had come back in exchange for 120 Ukrainian "
    "prisoners of war.\n\n"
)
_CLOSING = "\n\nKyiv's coordination office said 134 Ukrainian defenders had come home.\n"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Some of them", "Many of the men", "Most of those freed"]),
    st.sampled_from(
        [
            "had been captured",
            "were captured",
            ", the ministry said, had been captured",
            "had been taken prisoner",
            "were detained",
        ]
    ),
    st.sampled_from(
        ["near Bakhmut last summer", "in the Kherson region in 2023", "in August", "last October"]
    ),
)
def test_news_a_capture_date_leaves_the_next_figure_on_the_exchange_day(
    periods: Callable[[str, date], set[str]], who: str, verb: str, when: str
) -> None:
    middle = f"{who}{'' if verb.startswith(',') else ' '}{verb} {when}."
    found = periods(_OPENING + middle + _CLOSING, _PUBLISHED)
    # every figure stands on the day of the swap, never on the day of a capture
    assert found == {"2025-03-08"}


def test_news_a_plain_date_before_an_undated_figure_still_sets_the_scene(
    periods: Callable[[str, date], set[str]],
) -> None:
    text = _OPENING + "On Friday the men were flown to Moscow." + _CLOSING
    # near miss: no capture verb, so the day stands for the figure after it
    assert "2025-03-07" in periods(text, _PUBLISHED)


def test_news_taken_home_is_not_a_capture(
    periods: Callable[[str, date], set[str]],
) -> None:
    text = _OPENING + "The men were taken home on Friday." + _CLOSING
    # "taken home" tells a return, so its day is not dropped as a capture's
    assert "2025-03-07" in periods(text, _PUBLISHED)
