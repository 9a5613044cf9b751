"""A running total whose own span opens after the scene set before does not take its date.

A sentence without a date of its own borrows the one the sentence before set the
scene with; but "since the beginning of the year" in a text of 2026 opens after a
scene of March 2025, and a span cannot end before it starts. The total is then
current when told. A scene inside the span (March 2026) is still borrowed.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_PUBLISHED = date(2026, 6, 12)


def _text(scene: str) -> str:
    return (
        "MOSCOW, June 12. /HARBOUR/. Twelve residents of the Belgorod region who had been "
        "held in Ukraine have come home, the ombudsman said on Friday.\n\n"
        "Most of them are residents of the Shebekino district, which saw heavy shelling "
        f"until the front moved away in {scene}.\n\n"
        "Since the beginning of the year, the ombudsman said, 318 Russian servicemen have "
        "returned home from Ukrainian captivity in the course of exchanges, and work "
        "continues on the rest.\n"
    )


def test_news_a_total_opening_after_the_scene_is_current_when_told() -> None:
    assert read(_text("March 2025"), published=_PUBLISHED).tally_spans() == {
        ("2026-01-01/2026-06-12", "RUS", "prisoners_of_war", "318")
    }


def test_news_a_scene_within_the_span_is_still_borrowed() -> None:
    # near miss: the scene falls inside the span the total opens
    assert read(_text("March 2026"), published=_PUBLISHED).tally_spans() == {
        ("2026-01-01/2026-03-31", "RUS", "prisoners_of_war", "318")
    }
