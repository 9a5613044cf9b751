"""A total told with no day stands on the day a next sentence says that figure was given.

"Since 2022, 3,100 Ukrainians have come home from captivity. That figure, the
headquarters said on Tuesday, was reached after ...": the sentence names the total
again with the day it was given, before the text's own day, so the total stands then.
A next sentence that names no such figure ("The headquarters said on Tuesday ...")
leaves the total current on the text's day.
"""

from __future__ import annotations

from .conftest import read

_TOTAL = "Since 2022, 3,100 Ukrainians have come home from Russian captivity. "


def test_news_that_figure_said_on_a_day_dates_the_total() -> None:
    found = read(
        _TOTAL + "That figure, the headquarters said on Tuesday, was reached after the "
        "latest exchange."
    )
    assert found.tally_days() == {"2025-10-21"}


def test_news_a_saying_that_names_no_figure_leaves_the_total_its_day() -> None:
    # near miss: the sentence does not name the total again
    found = read(
        _TOTAL + "The headquarters said on Tuesday that talks on the next exchange were under way."
    )
    assert found.tally_days() == {"2025-10-23"}
